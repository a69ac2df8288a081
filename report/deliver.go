package report

import (
	"cmp"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/jianbao/jianbao/report/internal/safefile"
	"github.com/jianbao/jianbao/report/layout"
	"github.com/jianbao/jianbao/report/model"
	"github.com/jianbao/jianbao/report/orgunit"
	"github.com/jianbao/jianbao/report/publish/mail"
	"github.com/jianbao/jianbao/report/publish/state"
)

// Addresses are e-mail addresses: a YAML list, or one string separated by commas.
type Addresses = orgunit.Contacts

// MailConfig is the mail: section of jianbao.yaml: the server, the sender and recipients,
// and the subject and body templates (text/template over mail.Data).
type MailConfig struct {
	// Host and Port are the SMTP server (Port 0: 587 for starttls, 465 for tls, 25 for none).
	Host string `yaml:"host"`
	Port int    `yaml:"port"`
	// Security is starttls (the default), tls or none.
	Security string `yaml:"security"`
	// Username authenticates; the password comes from the environment variable PasswordEnv
	// or the file PasswordFile, never from jianbao.yaml itself.
	Username     string `yaml:"username"`
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
	// From is the sender; To, Cc and Bcc the recipients of the consolidated digest (Cc and
	// Bcc receive the units' own digests too).
	From string    `yaml:"from"`
	To   Addresses `yaml:"to"`
	Cc   Addresses `yaml:"cc"`
	Bcc  Addresses `yaml:"bcc"`
	// CAFile is a PEM file of the certificate authorities (or the self-signed certificate) the
	// server's certificate is checked against, for an office's own mail server; empty means
	// the system's.
	CAFile string `yaml:"ca_file"`
	// Subject and Body are templates; empty ones are mail.DefaultSubject and mail.DefaultBody.
	Subject string `yaml:"subject"`
	Body    string `yaml:"body"`
	// Attempts bounds the tries of a temporary failure (0: 4); RetryWait is the first wait
	// (0: 10s), doubling up to RetryMax (0: 2m); Timeout bounds each connection (0: 30s).
	Attempts  int           `yaml:"attempts"`
	RetryWait time.Duration `yaml:"retry_wait"`
	RetryMax  time.Duration `yaml:"retry_max"`
	Timeout   time.Duration `yaml:"timeout"`
}

// MailOptions say how a run mails its digests.
type MailOptions struct {
	// Config is the mail: section.
	Config MailConfig
	// To, when set, replaces Config.To (--mail-to).
	To []string
	// Units mails each unit's own digest to the unit's contact: addresses.
	Units bool
	// DryRunDir, when set, writes each message as an .eml file there instead of sending it;
	// no password is needed and the state file is left alone.
	DryRunDir string
	// Resend mails digests the state file shows as mailed already.
	Resend bool
	// Now is the messages' Date and the time deliveries are recorded with.
	Now time.Time
	// Lookup reads the environment (password_env); nil means os.LookupEnv.
	Lookup func(string) (string, bool)
	// Log is told of retries and skips.
	Log func(string)
	// Warn, when set, receives what a dry run lets pass that a real run would refuse (a
	// password that is not at hand) as an *OptionError naming the setting (mail.password_env),
	// so that the caller can say where it is set; without Warn, Log is told "warning: " and the
	// error's text.
	Warn func(error)
	// TLS, when set, is the TLS configuration (tests trust their own server with it).
	TLS *tls.Config
}

// ErrNoRecipients is returned when mail is asked for and no digest has anyone to go to.
var ErrNoRecipients = mail.ErrNoRecipients

// Mailing is a run's messages, composed and checked, ready to deliver.
type Mailing struct {
	server mail.Server
	jobs   []mail.Job
	opt    MailOptions
}

// Server returns the server the messages go to (its password prints as ***).
func (m *Mailing) Server() mail.Server { return m.server }

// Jobs returns the composed messages, one per digest mailed, in the digests' order.
func (m *Mailing) Jobs() []mail.Job { return m.jobs }

// PrepareMail checks the mail settings and composes one message per digest to mail, with all
// of that digest's outputs attached: nothing is written or sent yet, so a mistake here leaves
// everything as it was. A digest that holds summaries nobody has reviewed (Built.Unreviewed)
// is refused with an *UnreviewedError unless Job.AllowUnreviewed; a dry run only warns.
func (b *Built) PrepareMail(digests []*Digest, opt MailOptions) (*Mailing, error) {
	// Values nobody has reviewed are not mailed as fact to people who will not check them;
	// a dry run, which sends nothing, says a real run would refuse.
	if err := b.UnreviewedErr(); err != nil {
		if opt.DryRunDir == "" {
			return nil, err
		}
		w := fmt.Errorf("%w; a real run would not mail it", err)
		switch {
		case opt.Warn != nil:
			opt.Warn(w)
		case opt.Log != nil:
			opt.Log("warning: " + w.Error())
		}
	}
	c := opt.Config
	sec, err := mail.ParseSecurity(c.Security)
	if err != nil {
		return nil, mailError(err)
	}
	srv := mail.Server{Host: c.Host, Port: c.Port, Security: sec, Username: c.Username, Timeout: c.Timeout, TLS: opt.TLS,
		Retry: mail.Retry{Attempts: c.Attempts, Initial: c.RetryWait, Max: c.RetryMax}}
	if c.CAFile != "" && srv.TLS == nil {
		pem, err := safefile.ReadFile(c.CAFile, maxConfigSize)
		if err != nil {
			return nil, optionError("mail.ca_file", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, optionError("mail.ca_file", fmt.Errorf("%s holds no PEM certificate", c.CAFile))
		}
		srv.TLS = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	// The settings are checked as for a real run; a dry run only warns about the password,
	// which it does not need (the machine it is tried on may not have it).
	srv.Password, err = mail.PasswordFrom(c.PasswordEnv, c.PasswordFile, opt.Lookup)
	if err == nil && c.Username != "" && srv.Password == "" {
		err = &mail.SettingError{Key: "username", Err: errors.New(c.Username + " has no password: set password_env or password_file")}
	}
	if err != nil {
		if opt.DryRunDir == "" {
			return nil, mailError(err)
		}
		w := mailError(err).(*OptionError)
		w.Err = fmt.Errorf("%w (a real run needs it)", w.Err)
		switch {
		case opt.Warn != nil:
			opt.Warn(w)
		case opt.Log != nil:
			opt.Log("warning: " + w.Error())
		}
		srv.Password = ""
		if c.Username != "" {
			srv.Password = "dry-run" // Check looks for one; nothing is sent
		}
	}
	if err := srv.Check(); err != nil {
		return nil, mailError(err)
	}
	tpl := mail.Templates{Subject: c.Subject, Body: c.Body}
	if err := tpl.Check(); err != nil {
		return nil, mailError(err)
	}
	to := []string(c.To)
	if len(opt.To) > 0 {
		to = opt.To
	}
	m := &Mailing{server: srv, opt: opt}
	now := opt.Now
	if now.IsZero() {
		now = time.Unix(0, 0).UTC()
	}
	for _, d := range digests {
		env := mail.Envelope{From: c.From, To: to, Cc: c.Cc, Bcc: c.Bcc}
		if d.Unit != "" {
			if !opt.Units || len(d.Contacts) == 0 {
				continue
			}
			env.To = d.Contacts
		}
		if len(env.To) == 0 {
			continue
		}
		data, err := b.mailData(d)
		if err != nil {
			return nil, err
		}
		var files []mail.Attachment
		for _, o := range d.Outputs {
			data, err := o.Bytes() // a spooled output is read back from its file
			if err != nil {
				return nil, err
			}
			files = append(files, mail.Attachment{Name: o.Name, ContentType: o.MediaType, Data: data})
		}
		msg, err := mail.Compose(env, tpl, data, files, now)
		var se *mail.SettingError
		if d.Unit != "" && errors.As(err, &se) && se.Key == "to" {
			// A unit's own digest goes to its contact: in units.yaml, not to mail.to.
			reg := b.Options.Units
			if reg == "" && b.Loaded != nil {
				reg = b.Loaded.Units
			}
			reg = cmp.Or(reg, "units.yaml")
			return nil, fmt.Errorf("%s: %s: contact: %w", reg, d.Unit, se.Err)
		}
		if err != nil {
			if d.Unit != "" {
				err = fmt.Errorf("%s: %w", d.Unit, err)
			}
			return nil, mailError(err)
		}
		stem := strings.TrimSuffix(d.Outputs[0].Name, filepath.Ext(d.Outputs[0].Name))
		m.jobs = append(m.jobs, mail.Job{Period: d.Report.Period.Key, Layout: LayoutName(b.Job.Layout), Unit: d.Unit,
			Name: stem, Message: msg})
	}
	if len(m.jobs) == 0 {
		return nil, optionError("mail.to", ErrNoRecipients)
	}
	return m, nil
}

// mailError is a problem with the mail: section as an *OptionError naming its key (mail.port),
// or the section (mail) when the problem is no one key's.
func mailError(err error) error {
	var se *mail.SettingError
	if errors.As(err, &se) {
		msg := strings.TrimSuffix(err.Error(), se.Error()) // what wraps it (a unit's name)
		inner := se.Err
		if msg != "" {
			inner = fmt.Errorf("%s%w", msg, se.Err)
		}
		return optionError("mail."+se.Key, inner)
	}
	return optionError("mail", err)
}

// printedTitle is the title a digest prints: the report's, or when no title: was given, its
// layout's own.
func (b *Built) printedTitle(r *model.Report) (string, error) {
	if r.Title != "" {
		return r.Title, nil
	}
	l, _, _, err := b.layouts.lookup(b.RenderOptions("", nil))
	if err != nil {
		return "", err
	}
	return l.Snippet(r, "title")
}

// mailData is what a digest's subject and body templates see.
func (b *Built) mailData(d *Digest) (mail.Data, error) {
	r := d.Report
	data := mail.Data{Title: r.Title, Institution: r.Institution, Issuer: r.Issuer, IssueNo: r.IssueNo,
		Period: mail.Period{Key: r.Period.Key, Label: r.Period.Label}, Unit: d.Unit,
		Totals: mail.Totals{Articles: r.Totals.Articles, Units: r.Totals.Groups, Active: r.Totals.Active}}
	// No title: was given: the digest prints its layout's, and so does the subject (it read
	// 第1期 alone).
	title, err := b.printedTitle(r)
	if err != nil {
		return mail.Data{}, err
	}
	data.Title = title
	if r.Totals.Change.Comparable {
		data.Previous = mail.Period{Key: r.Previous.Key, Label: r.Previous.Label}
		data.Totals.Previous = r.Totals.Change.Previous
	}
	for _, g := range r.Groups {
		if g.Change.Current == 0 && g.Change.Previous == 0 {
			continue
		}
		data.Units = append(data.Units, mail.Row{Label: g.Label, Articles: g.Change.Current, Previous: g.Change.Previous})
	}
	ov, err := b.overview(r)
	if err != nil {
		return mail.Data{}, err
	}
	data.Overview = ov
	return data, nil
}

// overview is the digest's overview sentence, as its layout words it.
func (b *Built) overview(r *model.Report) (string, error) {
	if r.Totals.Articles == 0 {
		return layout.InScript(r, r.Period.Label+"，本期无报送信息。"), nil
	}
	l, _, _, err := b.layouts.lookup(b.RenderOptions("", nil))
	if err != nil {
		return "", err
	}
	return l.Snippet(r, "overview")
}

// Deliver sends the messages (or writes them, for a dry run) and records each delivery in the
// state file's content st; Commit saves it. A digest mailed before is skipped unless Resend.
func (m *Mailing) Deliver(ctx context.Context, st *state.File) []mail.Outcome {
	now := m.opt.Now
	return mail.Deliver(ctx, m.server, st, m.jobs, mail.DeliverOptions{Resend: m.opt.Resend, DryRunDir: m.opt.DryRunDir,
		Now: func() time.Time { return now }, Log: m.opt.Log})
}

// LoadState reads the job's state file (an empty state when it does not exist yet); the one
// Prepare read for issue_no auto is reused. Unless the job is StateReadOnly, the file's lock
// is taken first (waiting as Prepare does, ErrStateLocked when another run keeps it) and held
// until Close. Cancelling ctx ends the wait for the lock with ctx's error. A job that names no
// state file is an *OptionError matching ErrNoStateFile.
func (b *Built) LoadState(ctx context.Context) (*state.File, error) {
	if b.State != nil {
		return b.State, nil
	}
	if b.Job.State == "" {
		return nil, optionError("state", ErrNoStateFile)
	}
	st, lock, err := b.Job.openState(ctx)
	if err != nil {
		return nil, err
	}
	b.State, b.lock = st, lock
	return st, nil
}

// Commit records the issue numbers the digests received when the run succeeded, and saves
// the state file (deliveries are recorded by Deliver, also when other messages failed). A
// StateReadOnly job (a dry run) saves nothing: the numbers are kept in memory only, so that
// the periods made after this one in the same run (CatchUp) number after them. Close releases
// the lock after it.
func (b *Built) Commit(digests []*Digest, succeeded bool) error {
	if b.State == nil || b.Job.State == "" {
		return nil
	}
	if succeeded {
		for _, d := range digests {
			if d.Number != nil {
				b.State.Record(*d.Number)
			}
		}
	}
	if b.Job.StateReadOnly {
		return nil
	}
	if len(b.State.Issues) == 0 && len(b.State.Deliveries) == 0 {
		return nil
	}
	return b.State.Save(b.Job.State)
}
