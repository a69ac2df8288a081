package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report"
)

// prepareMail composes the run's messages from the mail: section and the flags.
func prepareMail(ctx context.Context, b *report.Built, cfg *config, f *buildFlags, digests []*report.Digest, stderr io.Writer) (*report.Mailing, error) {
	if cfg.Mail == nil && f.MailDryRun == "" && len(f.MailTo) == 0 {
		return nil, usageError("--mail: jianbao.yaml has no mail: section (host, from, to, ...)")
	}
	mc := report.MailConfig{}
	if cfg.Mail != nil {
		mc = *cfg.Mail
	}
	if f.MailDryRun == "" {
		if _, err := b.LoadState(ctx); err != nil {
			if errors.Is(err, report.ErrNoStateFile) {
				return nil, usageError("--mail needs a state file, so that a rerun does not mail twice: give --state or keep a jianbao.yaml")
			}
			// The state file is there but cannot be used: say why (another run holds it, its
			// directory is not the run's to write, it does not read), not that it is missing.
			return nil, cliError(err)
		}
	}
	m, err := b.PrepareMail(digests, report.MailOptions{Config: mc, To: f.MailTo, Units: cfg.Each != "",
		DryRunDir: f.MailDryRun, Resend: f.Resend, Now: time.Now(),
		Log: func(msg string) { fmt.Fprintln(stderr, msg) },
		// What a dry run lets pass (no password at hand) is named as errors in the settings are.
		Warn: func(err error) { fmt.Fprintln(stderr, "warning:", mailSettingMessage(cfg, f, err)) }})
	var oe *report.OptionError
	if errors.As(err, &oe) && (oe.Option == "mail" || strings.HasPrefix(oe.Option, "mail.")) {
		return nil, usageError("%s", mailSettingMessage(cfg, f, err))
	}
	if err != nil {
		return nil, cliError(err)
	}
	return m, nil
}

// mailSettingMessage says what is wrong with a mail setting (a *report.OptionError mail.KEY)
// where the user wrote it: jianbao.yaml's file, line and key path (or --mail-to), not a flag.
func mailSettingMessage(cfg *config, f *buildFlags, err error) string {
	var oe *report.OptionError
	if !errors.As(err, &oe) {
		return err.Error()
	}
	where := cfg.settingAt(oe.Option)
	if oe.Option == "mail.to" && len(f.MailTo) > 0 {
		where = "--mail-to"
	}
	return withHint(where+": "+oe.Err.Error(), oe.Err)
}

// deliver sends (or writes) the messages and says what became of each; the error is the first
// delivery failure.
func deliver(ctx context.Context, b *report.Built, m *report.Mailing, f *buildFlags, stderr io.Writer) ([]report.MailOutcome, error) {
	st, err := b.LoadState(ctx)
	if err != nil && f.MailDryRun == "" {
		return nil, err
	}
	outcomes := m.Deliver(ctx, st)
	var first error
	skipped := false
	for _, o := range outcomes {
		what := o.Name
		switch o.Status {
		case report.MailSkipped:
			skipped = true
		case report.MailSent:
			if !f.JSON {
				fmt.Fprintf(stderr, "mailed %s to %s via %s\n", what, strings.Join(o.Message.Recipients, ", "), m.Server().Addr())
			}
		case report.MailDryRun:
			if !f.JSON {
				fmt.Fprintln(stderr, "wrote", o.Path, "(not sent: --mail-dry-run)")
			}
		case report.MailFailed:
			fmt.Fprintln(stderr, "jianbao: not mailed:", what+":", o.Err)
			if first == nil {
				first = o.Err
			}
		}
	}
	if skipped && !f.JSON {
		fmt.Fprintln(stderr, "(--resend mails again a digest already mailed)")
	}
	return outcomes, first
}
