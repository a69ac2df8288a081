package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMailSettingErrors: a mistake under mail: in jianbao.yaml is named by the file, the line
// and the key's path (mail.port), never as a flag (--mail:); --mail-to is named when it is
// the flag's value that is wrong.
func TestMailSettingErrors(t *testing.T) {
	samples := sampleDir(t, "")
	tests := []struct {
		name  string
		mail  string // the mail: section's lines after host (line 3) and from (line 4)
		flags []string
		want  string
	}{
		{"port not a number", "  port: abc\n", nil, `:5: mail.port: want a whole number, got "abc"`},
		{"port out of range", "  port: 99999\n", nil, ":5: mail.port: want a number 1–65535, got 99999"},
		{"security", "  to: a@example.edu.cn\n  security: ssl3\n", nil, `:6: mail.security: want starttls, tls or none, got "ssl3"`},
		{"retry wait", "  retry_wait: 3 days\n", nil, `:5: mail.retry_wait: want a duration such as 30s, 5m or 1h, got "3 days"`},
		{"unknown key", "  porrt: 25\n", nil, ":5: mail.porrt: unknown key"},
		{"recipient", "  to: [a@example.edu.cn]\n  cc: [not an address]\n", nil, `:6: mail.cc: recipient "not an address"`},
		{"no recipients", "  subject: x\n", nil, ":2: mail.to: no recipients"},
		{"subject", "  to: a@example.edu.cn\n  subject: \"{{.Title\"\n", nil, ":6: mail.subject: template: subject:1: unclosed action"},
		{"password", "  to: a@example.edu.cn\n  username: office@example.edu.cn\n  password_env: JIANBAO_TEST_NOT_SET\n", nil,
			":7: mail.password_env: environment variable JIANBAO_TEST_NOT_SET is not set"},
		{"--mail-to", "", []string{"--mail-to", "x@"}, `--mail-to: recipient "x@"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := filepath.Join(dir, "jianbao.yaml")
			os.WriteFile(cfg, []byte("period: 2021Q4\nmail:\n  host: smtp.example.edu.cn\n  from: office@example.edu.cn\n"+tt.mail), 0o644)
			args := append([]string{"build", samples, "--config", cfg, "--out", filepath.Join(dir, "out"), "--format", "pdf", "--mail"}, tt.flags...)
			code, _, stderr := runJianbao(t, args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			want := tt.want
			if strings.HasPrefix(want, ":") {
				want = cfg + want
			}
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr does not say %q:\n%s", want, stderr)
			}
			if strings.Contains(stderr, "--mail:") || strings.Contains(stderr, "mail: mail") {
				t.Errorf("a setting of jianbao.yaml named as a flag, or twice:\n%s", stderr)
			}
		})
	}
}

// TestDryRunPasswordWarning: a dry run needs no password, but warns that a real run does, and
// names the setting as the errors above do: file, line and key path.
func TestDryRunPasswordWarning(t *testing.T) {
	samples := sampleDir(t, "")
	tests := []struct {
		name, mail, want string
	}{
		{"password_env not set", "  password_env: JIANBAO_TEST_NOT_SET\n",
			":7: mail.password_env: environment variable JIANBAO_TEST_NOT_SET is not set (a real run needs it)"},
		{"password_file missing", "  password_file: no-such-file\n", ":7: mail.password_file: "},
		{"no password setting", "", ":6: mail.username: office@example.edu.cn has no password: set password_env or password_file (a real run needs it)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := filepath.Join(dir, "jianbao.yaml")
			os.WriteFile(cfg, []byte("period: 2021Q4\nmail:\n  host: smtp.example.edu.cn\n  from: office@example.edu.cn\n"+
				"  to: a@example.edu.cn\n  username: office@example.edu.cn\n"+tt.mail), 0o644)
			code, _, stderr := runJianbao(t, "build", samples, "--config", cfg, "--out", filepath.Join(dir, "out"), "--format", "pdf",
				"--mail-dry-run", filepath.Join(dir, "eml"))
			if code != exitOK {
				t.Errorf("exit %d, want %d:\n%s", code, exitOK, stderr)
			}
			if want := "warning: " + cfg + tt.want; !strings.Contains(stderr, want) {
				t.Errorf("stderr does not say %q:\n%s", want, stderr)
			}
		})
	}
}
