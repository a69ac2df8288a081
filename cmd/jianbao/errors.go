package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jianbao/jianbao/report"
)

// flagOf maps a setting's key (as jianbao.yaml and the library's OptionError spell it) to the
// flag that sets it, or, for a setting only jianbao.yaml has (figures:, output:), to its key there.
func flagOf(option string) string {
	name := strings.ReplaceAll(option, "_", "-")
	if newBuildCmd(io.Discard, io.Discard).Flags().Lookup(name) != nil {
		return "--" + name
	}
	return "jianbao.yaml " + option + ":"
}

// cliError gives a library error its exit code and says, in the command line's terms, how to
// fix it: the library names no flag.
func cliError(err error) error {
	var oe *report.OptionError
	var se *report.StrictError
	var re *report.RenderError
	var nf *report.LayoutNotFoundError
	var le *report.LayoutError
	var ee *exitError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ee):
		return err // the command's own, its exit code chosen
	case errors.As(err, &oe):
		return usageError("%s", withHint(fmt.Sprintf("%s: %v", flagOf(oe.Option), oe.Err), oe.Err))
	case errors.Is(err, report.ErrStateLocked):
		return &exitError{exitBusy, fmt.Errorf("%w; nothing was written or sent", err)}
	case errors.Is(err, report.ErrEmpty):
		return &exitError{exitInput, fmt.Errorf("%v (--allow-empty writes a digest saying 本期无报送信息)", err)}
	case errors.Is(err, report.ErrMixedScripts):
		return &exitError{exitInput, fmt.Errorf("%v; nothing written (%s)", err, hint(err))}
	case errors.Is(err, report.ErrNoPeriod):
		return usageError("no period: give --period (2021Q3, 2021-07, last-month, ...) or period: in jianbao.yaml")
	case errors.Is(err, report.ErrNoOrgan):
		return usageError("%s", withHint(err.Error(), err))
	case errors.As(err, &se):
		if se.Warnings > 0 {
			return &exitError{exitInput, fmt.Errorf("%s; nothing written (--strict)", report.Count(se.Warnings, "rendering warning"))}
		}
		return &exitError{exitInput, fmt.Errorf("%s; nothing written (--strict)", report.Count(se.Problems, "problem"))}
	case errors.As(err, &nf):
		return usageError("%v (jianbao templates list)", err)
	case errors.As(err, &le), errors.Is(err, report.ErrTemplateBudget):
		// A layout or template that cannot be used is a mistake in what was asked for.
		return &exitError{exitUsage, err}
	case errors.Is(err, report.ErrEmbedWithReference):
		return usageError("--embed-fonts and --reference-docx: %v", err)
	case errors.As(err, &re):
		return &exitError{exitRender, err}
	}
	return &exitError{exitInput, err}
}

// hint says how to fix a problem with a flag or command, "" when there is nothing to say.
func hint(err error) string {
	var os *report.OutSuffixError
	switch {
	case errors.Is(err, report.ErrNotInText):
		return "run jianbao ingest and fill it in"
	case errors.Is(err, report.ErrNoYear):
		return "give --year"
	case errors.Is(err, report.ErrNoOrgan):
		return "--issuer (issuer: in jianbao.yaml), series: in jianbao.yaml, or --institution (or units.yaml)"
	case errors.Is(err, report.ErrNoState):
		return "give --state FILE, or keep a jianbao.yaml (the state file is kept beside it)"
	case errors.Is(err, report.ErrNoRecipients):
		return "set mail: to:, give --mail-to, or contact: in units.yaml with --each"
	case errors.As(err, &os):
		return fmt.Sprintf("name the file %s, or add %s to --format", os.Instead, os.Format)
	case errors.Is(err, report.ErrMixedScripts):
		return "write the summaries in one script, or give --script simplified or --script traditional to convert them"
	case errors.Is(err, report.ErrSheetNotRead):
		return "give --sheet NAME to read it alone"
	case errors.Is(err, report.ErrUnreviewed):
		return "check them against the articles and delete the marks, or set allow_unreviewed: true (--allow-unreviewed) to mail it as it is"
	}
	return ""
}

// withHint is msg followed by err's hint, if it has one.
func withHint(msg string, err error) string {
	if h := hint(err); h != "" {
		return msg + ": " + h
	}
	return msg
}

// printProblems writes each problem on its own line, with its hint.
func printProblems(w io.Writer, problems report.Problems) {
	for _, p := range problems {
		fmt.Fprintln(w, withHint(p.Error(), p))
	}
}
