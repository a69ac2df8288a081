// Package safego keeps a panic in a worker goroutine from killing the process behind the
// caller's back: Go's runtime ends a program whose goroutine panics with status 2, which reads
// as a usage error. Work done through a Catcher records the first panic; Rethrow raises it again
// on the caller's goroutine, where the command's top level reports it as a bug.
package safego

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// Catcher records the first panic of the work it runs. The zero value is ready to use.
type Catcher struct {
	mu    sync.Mutex
	val   any
	stack []byte
}

// Do runs f, recording a panic instead of letting it end the goroutine.
func (c *Catcher) Do(f func()) {
	defer func() {
		if r := recover(); r != nil {
			c.mu.Lock()
			if c.val == nil {
				c.val, c.stack = r, debug.Stack()
			}
			c.mu.Unlock()
		}
	}()
	f()
}

// Rethrow panics on the calling goroutine with the first recorded panic and the stack of the
// goroutine it happened in; it does nothing when there was none.
func (c *Catcher) Rethrow() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.val != nil {
		panic(fmt.Sprintf("%v\n\nin a worker goroutine:\n%s", c.val, c.stack))
	}
}

// Err returns the first recorded panic as an error, or nil.
func (c *Catcher) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.val == nil {
		return nil
	}
	return fmt.Errorf("internal error (a bug): %v\n\nin a worker goroutine:\n%s", c.val, c.stack)
}
