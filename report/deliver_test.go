package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPrepareMail(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021Q4", Formats: []string{"pdf"},
		Title: "东湖大学{{.Period.Label}}党建工作简报"})
	if err != nil {
		t.Fatal(err)
	}
	digests, _, err := b.RenderDigests(ctx, EachOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	badCA := filepath.Join(dir, "bad.pem")
	os.WriteFile(badCA, []byte("not a certificate"), 0o644)
	env := map[string]string{"PW": "secret-pw"}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	ok := MailConfig{Host: "smtp.example.edu.cn", Username: "office@example.edu.cn", PasswordEnv: "PW",
		From: "office@example.edu.cn", To: Addresses{"leader@example.edu.cn"}}
	tests := []struct {
		name   string
		change func(*MailConfig, *MailOptions)
		want   string
		key    string // the setting the error names (OptionError.Option)
	}{
		{"ok", func(*MailConfig, *MailOptions) {}, "", ""},
		{"no host", func(c *MailConfig, _ *MailOptions) { c.Host = "" }, "no server", "mail.host"},
		{"bad port", func(c *MailConfig, _ *MailOptions) { c.Port = 99999 }, "want a number 1–65535, got 99999", "mail.port"},
		{"bad security", func(c *MailConfig, _ *MailOptions) { c.Security = "ssl3" }, `got "ssl3"`, "mail.security"},
		{"clear password", func(c *MailConfig, _ *MailOptions) { c.Security = "none" }, "in clear", "mail.security"},
		{"no password", func(c *MailConfig, _ *MailOptions) { c.PasswordEnv = "" }, "has no password", "mail.username"},
		{"password unset", func(c *MailConfig, _ *MailOptions) { c.PasswordEnv = "NOPE" }, "NOPE is not set", "mail.password_env"},
		{"dry run without password", func(c *MailConfig, o *MailOptions) { c.PasswordEnv = "NOPE"; o.DryRunDir = dir }, "", ""},
		{"bad ca", func(c *MailConfig, _ *MailOptions) { c.CAFile = badCA }, "no PEM certificate", "mail.ca_file"},
		{"no recipients", func(c *MailConfig, _ *MailOptions) { c.To = nil }, "no recipients", "mail.to"},
		{"bad recipient", func(c *MailConfig, _ *MailOptions) { c.Cc = Addresses{"x@"} }, `recipient "x@"`, "mail.cc"},
		{"bad sender", func(c *MailConfig, _ *MailOptions) { c.From = "office at example" }, `"office at example"`, "mail.from"},
		{"bad subject", func(c *MailConfig, _ *MailOptions) { c.Subject = "{{.Title" }, "unclosed action", "mail.subject"},
		{"bad body", func(c *MailConfig, _ *MailOptions) { c.Body = "{{.Totals.Nope}}" }, "Nope", "mail.body"},
		{"--mail-to", func(c *MailConfig, o *MailOptions) { c.To = nil; o.To = []string{"chief@example.edu.cn"} }, "", ""},
	}
	for _, tt := range tests {
		c := ok
		opt := MailOptions{Lookup: lookup, Now: time.Date(2022, 1, 3, 8, 0, 0, 0, time.UTC)}
		tt.change(&c, &opt)
		opt.Config = c
		m, err := b.PrepareMail(digests, opt)
		if tt.want != "" {
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s: got %v, want an error with %q", tt.name, err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "secret-pw") {
				t.Errorf("%s: the password shows: %v", tt.name, err)
			}
			var oe *OptionError
			if !errors.As(err, &oe) || oe.Option != tt.key {
				t.Errorf("%s: got %#v, want an *OptionError for %s", tt.name, err, tt.key)
			} else if strings.HasPrefix(oe.Err.Error(), "mail") {
				t.Errorf("%s: the problem repeats the setting's name: %v", tt.name, oe.Err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		j := m.Jobs()
		if len(j) != 1 || j[0].Period != "2021Q4" || j[0].Layout != "quarterly" || !strings.Contains(j[0].Message.Text, "2021年第四季度") {
			t.Errorf("%s: jobs %+v", tt.name, j)
		}
		if want := "东湖大学2021年第四季度党建工作简报-2021Q4"; j[0].Name != want {
			t.Errorf("%s: name %q, want %q", tt.name, j[0].Name, want)
		}
	}
}

// TestPrepareMailUnitContact: a unit's own digest goes to its contact: in units.yaml, so a bad
// address there is named as the registry's, not as mail.to.
func TestPrepareMailUnitContact(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021Q4", Formats: []string{"pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	digests, _, err := b.RenderDigests(ctx, EachOptions{})
	if err != nil {
		t.Fatal(err)
	}
	unit := &Digest{Unit: "马克思主义学院", Contacts: Addresses{"not an address"}, Report: b.Report, Outputs: digests[0].Outputs}
	_, err = b.PrepareMail([]*Digest{digests[0], unit}, MailOptions{Units: true, Config: MailConfig{Host: "smtp.example.edu.cn",
		From: "office@example.edu.cn", To: Addresses{"leader@example.edu.cn"}}})
	want := filepath.Join("..", "samples", "units.yaml") + `: 马克思主义学院: contact: recipient "not an address": not an address`
	var oe *OptionError
	if err == nil || !strings.HasPrefix(err.Error(), want) || errors.As(err, &oe) {
		t.Errorf("got %v, want %s…, not a mail setting's error", err, want)
	}
}

// TestMailSubjectWithoutTitle: a digest made without a title: prints its layout's, and its
// message's subject names it too (not 第1期 alone).
func TestMailSubjectWithoutTitle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, err := Prepare(ctx, Job{Inputs: []string{"../samples"}, Period: "2021-11", Layout: "jianbao", IssueNo: "第1期", Formats: []string{"pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	digests, _, err := b.RenderDigests(ctx, EachOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := b.PrepareMail(digests, MailOptions{Config: MailConfig{Host: "smtp.example.edu.cn", From: "office@example.edu.cn",
		To: Addresses{"leader@example.edu.cn"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Jobs()[0].Message.Subject, "2021年11月工作动态 第1期"; got != want {
		t.Errorf("subject %q, want %q", got, want)
	}
}
