// Package safefile reads files named by users (inputs, configuration, layouts, fonts, reference
// documents) with a size bound, and only when they are regular files: a FIFO, device or socket is
// refused before it is opened (opening a FIFO for reading blocks until a writer appears), and a
// symbolic link is followed only to a regular file. WriteAtomic writes a single small file
// (a state file, a dry-run message) whole or not at all.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrNotRegular is returned for a path that names no regular file.
var ErrNotRegular = errors.New("not a regular file")

// TooLargeError is returned for a file larger than the limit.
type TooLargeError struct {
	// Size is the file's size in bytes (at least Limit+1).
	Size int64
	// Limit is the largest size allowed.
	Limit int64
}

// Error says how large the file is and what the limit is.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("file is too large: %s, the limit is %s", Bytes(e.Size), Bytes(e.Limit))
}

// Bytes formats n as "12 MiB", "340 KiB" or "99 bytes".
func Bytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", (n+1<<19)>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", (n+1<<9)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Check returns an error unless path (after following symbolic links) is a regular file of at
// most limit bytes (limit <= 0: no size bound). It opens nothing.
func Check(path string, limit int64) (fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkInfo(info, limit); err != nil {
		return nil, err
	}
	return info, nil
}

func checkInfo(info fs.FileInfo, limit int64) error {
	if !info.Mode().IsRegular() {
		if info.IsDir() {
			return fmt.Errorf("%w: it is a directory", ErrNotRegular)
		}
		return fmt.Errorf("%w (%s)", ErrNotRegular, kind(info.Mode()))
	}
	if limit > 0 && info.Size() > limit {
		return &TooLargeError{Size: info.Size(), Limit: limit}
	}
	return nil
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "not a file"
}

// ReadFile reads path when it is a regular file of at most limit bytes. It checks before opening,
// checks the open file again, and never reads more than limit+1 bytes, so a file that grows while
// it is read is refused too.
func ReadFile(path string, limit int64) ([]byte, error) {
	if _, err := Check(path, limit); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := checkInfo(info, limit); err != nil {
		return nil, err
	}
	return readSized(f, info.Size(), limit)
}

// readSized is ReadAll for a file said to be size bytes: its buffer is made that size (and a
// byte, to see the end) at once, instead of growing by doubling from 512 bytes, which held a
// 21 MB input in 32 MB after copying it a dozen times.
func readSized(r io.Reader, size, limit int64) ([]byte, error) {
	if size <= 0 || limit > 0 && size > limit {
		return ReadAll(r, limit)
	}
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew: go on as io.ReadAll does
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, &TooLargeError{Size: int64(len(data)), Limit: limit}
	}
	return data, nil
}

// ReadAll reads r to its end, refusing more than limit bytes (limit <= 0: no bound).
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Size: int64(len(data)), Limit: limit}
	}
	return data, nil
}

// DirFS is os.DirFS(dir) that opens only directories and regular files of at most limit bytes
// (a FIFO among a user's layouts never blocks a run).
func DirFS(dir string, limit int64) fs.FS { return dirFS{os.DirFS(dir), limit} }

type dirFS struct {
	fsys  fs.FS
	limit int64
}

// Open checks name (following symbolic links) before opening it.
func (d dirFS) Open(name string) (fs.File, error) {
	info, err := fs.Stat(d.fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		if err := checkInfo(info, d.limit); err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
	}
	return d.fsys.Open(name)
}

// ReadDir lists a directory.
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }

// WriteAtomic writes data to path through a synced temporary file in path's directory, renamed
// into place: a reader sees the old file or the new one, never a part. On error the temporary
// file is removed and path is unchanged. A set of outputs is committed by package fileset.
func WriteAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
