package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK     = 0
	exitInput  = 1
	exitUsage  = 2
	exitRender = 3
	// exitDelivery: the files are written, but mailing them failed.
	exitDelivery = 4
	// exitBusy: another run holds the state file; nothing was written or sent (EX_TEMPFAIL).
	exitBusy = 75
)

// exitBug is the status of an internal error (a panic): a bug, whatever the input (EX_SOFTWARE).
const exitBug = 70

// exitError carries an exit code with its error.
type exitError struct {
	code int
	err  error
}

// Error returns the underlying message.
func (e *exitError) Error() string { return e.err.Error() }

// Unwrap returns the underlying error.
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{exitUsage, fmt.Errorf(format, args...)}
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "jianbao",
		Short: "jianbao turns summaries of news articles into printed digests (简报)",
		Long: `jianbao turns summaries of news articles into printed digests (简报): it reads
summaries (YAML, JSON, JSON Lines, CSV and Excel ledgers; raw articles and saved
web pages through ingest), groups them by period and unit, and writes PDF and DOCX
digests with Chinese typography.

Exit status: 0 success; 1 problems in the input (the digest is still written
unless --strict); 2 usage errors; 3 failure to render or write output; 4 the
files are written but mailing them failed (build --mail); 70 an internal error
(a bug, to be reported); 75 another run holds the state file (nothing written
or sent: run again later); 130 stopped by SIGINT (Ctrl-C); 143 stopped by
SIGTERM (as systemd stops a job).`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newBuildCmd(stdout, stderr), newValidateCmd(stdout, stderr), newDumpCmd(stdout, stderr),
		newTemplatesCmd(stdout, stderr), newIngestCmd(stdout, stderr), newVersionCmd(stdout))
	return root
}

func run(args []string, stdout, stderr io.Writer) int {
	return execute(newRootCmd(stdout, stderr), args, stderr)
}

// execute runs root with args and returns the exit status. A panic is caught here: it is a bug,
// reported as one with its own status (exitBug), never mistaken for a usage error.
func execute(root *cobra.Command, args []string, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "jianbao: internal error (a bug: please report it with the command line and this message): %v\n%s", r, debug.Stack())
			code = exitBug
		}
	}()
	root.SetArgs(args)
	ctx, received, release := interruptible(context.Background())
	defer release()
	err := root.ExecuteContext(ctx)
	if s := received(); s != nil {
		// Whatever the run had reached, it stopped because it was told to.
		fmt.Fprintf(stderr, "jianbao: stopped by %v; files already written are complete, nothing half-written or half-sent is left, and the state file records only what was done\n", s)
		if err != nil && !errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "jianbao:", err)
		}
		return signalStatus(s)
	}
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "jianbao:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	// Cobra's own errors are about flags and arguments.
	return exitUsage
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(stdout, "jianbao", version)
			return nil
		},
	}
}
