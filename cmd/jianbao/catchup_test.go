package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jianbao/jianbao/report/publish/mail/mailtest"
)

// TestCatchUpMails: a monthly job (period: last-month, catch_up:) run on 2021-12-03 after the
// machine was off through November's run: the state file's last issue is September's, so
// October is passed over. The run makes October then November, in order, numbered 第10期 and
// 第11期, and mails each once to a real SMTP server; a rerun sends nothing. When October's
// delivery is refused, the run stops there: November is neither written nor sent, and no
// number is recorded; the next run makes both.
func TestCatchUpMails(t *testing.T) {
	var refuse atomic.Bool
	srv := mailtest.NewServer(t, mailUser, mailPassword, mailtest.Options{Fail: func(cmd string, n int) error {
		if cmd == "RCPT" && refuse.Load() {
			return mailtest.Reply(550, "mailbox unavailable")
		}
		return nil
	}})
	t.Setenv("JIANBAO_TEST_SMTP_PASSWORD", mailPassword)
	dir := mailSetup(t, srv.Host, srv.Port, srv.CertPEM())
	cfgPath := filepath.Join(dir, "jianbao.yaml")
	cfg, _ := os.ReadFile(cfgPath)
	cfg = []byte(strings.Replace(string(cfg), "period: 2021-11\n", "period: last-month\ntoday: 2021-12-03\ncatch_up: 3\n", 1))
	os.WriteFile(cfgPath, cfg, 0o644)
	statePath := filepath.Join(dir, "jianbao.state.yaml")
	writeState := func() {
		os.WriteFile(statePath, []byte("version: 1\nissues:\n  - series: jianbao\n    period: 2021-09\n    year: 2021\n    number: 9\n    total: 9\n"), 0o644)
	}
	out := filepath.Join(dir, "out")
	file := func(month string) string {
		return filepath.Join(out, "东湖大学2021年"+month+"月党建工作简报-jianbao-2021-"+month+".pdf")
	}
	args := []string{"build", "../../samples", "--config", cfgPath, "--out", out, "--mail"}

	// October refused: the run stops there.
	writeState()
	refuse.Store(true)
	code, _, stderr := runJianbao(t, args...)
	if code != exitDelivery {
		t.Fatalf("October refused: exit %d, want %d:\n%s", code, exitDelivery, stderr)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("October refused: the server took %d messages", n)
	}
	if _, err := os.Stat(file("10")); err != nil {
		t.Errorf("October's files are not kept: %v", err)
	}
	if _, err := os.Stat(file("11")); !os.IsNotExist(err) {
		t.Errorf("November was written after October's delivery failed (%v):\n%s", err, stderr)
	}
	st, _ := os.ReadFile(statePath)
	if strings.Contains(string(st), "2021-10") || strings.Contains(string(st), "2021-11") {
		t.Errorf("a failed catch-up recorded a number or a delivery:\n%s", st)
	}

	// The server takes mail again: the next run makes both, in order.
	refuse.Store(false)
	code, _, stderr = runJianbao(t, args...)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	got := srv.Messages()
	var subjects []string
	for _, m := range got {
		s, files := attachments(t, m.Data)
		subjects = append(subjects, s)
		if len(files) != 2 {
			t.Errorf("%s: %d attachments, want the PDF and the DOCX", s, len(files))
		}
	}
	want := "东湖大学2021年10月党建工作简报 第10期 / 东湖大学2021年11月党建工作简报 第11期"
	if s := strings.Join(subjects, " / "); s != want {
		t.Errorf("the server received\n  %s\nwant\n  %s", s, want)
	}
	for _, m := range got {
		if strings.Join(m.To, ",") != "leader@example.edu.cn,archive@example.edu.cn" {
			t.Errorf("envelope recipients %v", m.To)
		}
	}
	if !strings.Contains(stderr, "note: 2021年10月 was passed over") {
		t.Errorf("the run does not say it caught up October:\n%s", stderr)
	}
	onDisk, _ := os.ReadFile(file("10"))
	if _, files := attachments(t, got[0].Data); len(onDisk) == 0 || string(files[filepath.Base(file("10"))]) != string(onDisk) {
		t.Error("October's attachment is not the file written")
	}
	st, _ = os.ReadFile(statePath)
	for _, w := range []string{"period: 2021-10\n    year: 2021\n    number: 10", "period: 2021-11\n    year: 2021\n    number: 11"} {
		if !strings.Contains(string(st), w) {
			t.Errorf("the state file lacks %q:\n%s", w, st)
		}
	}
	if n := strings.Count(string(st), "layout: jianbao"); n != 2 {
		t.Errorf("the state file records %d deliveries, want 2:\n%s", n, st)
	}

	// A rerun: November is the last issue, nothing is passed over, nothing is sent again.
	code, _, stderr = runJianbao(t, args...)
	if code != exitOK || len(srv.Messages()) != 2 || strings.Contains(stderr, "passed over") {
		t.Errorf("rerun: exit %d, %d messages:\n%s", code, len(srv.Messages()), stderr)
	}
}

// TestCatchUpRefused: more periods passed over than catch_up allows, or catch_up without
// issue_no auto, stop the run before anything is written or sent (exit 2), saying why.
func TestCatchUpRefused(t *testing.T) {
	srv := mailtest.NewServer(t, mailUser, mailPassword, mailtest.Options{})
	t.Setenv("JIANBAO_TEST_SMTP_PASSWORD", mailPassword)
	for _, tt := range []struct {
		name, cfg, want string
	}{
		{"too many", "catch_up: 1\n", "--catch-up: 2 periods were passed over since 2021-08 (第8期, the state file's last issue of series jianbao): 2021-09, 2021-10; catch_up is 1"},
		{"no issue_no auto", "catch_up: 3\nissue_no: 第5期\n", "--catch-up: catching up passed-over periods needs issue_no auto"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := mailSetup(t, srv.Host, srv.Port, srv.CertPEM())
			cfgPath := filepath.Join(dir, "jianbao.yaml")
			cfg, _ := os.ReadFile(cfgPath)
			cfg = []byte(strings.Replace(string(cfg), "period: 2021-11\n", "period: last-month\ntoday: 2021-12-03\n"+tt.cfg, 1))
			cfg = []byte(strings.Replace(string(cfg), "issue_no: auto\n", "", strings.Count(tt.cfg, "issue_no")))
			os.WriteFile(cfgPath, cfg, 0o644)
			os.WriteFile(filepath.Join(dir, "jianbao.state.yaml"), []byte("issues:\n  - {series: jianbao, period: 2021-08, year: 2021, number: 8, total: 8}\n"), 0o644)
			out := filepath.Join(dir, "out")
			code, _, stderr := runJianbao(t, "build", "../../samples", "--config", cfgPath, "--out", out, "--mail")
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d saying %q:\n%s", code, exitUsage, tt.want, stderr)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("the run wrote %s", out)
			}
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("the server took %d messages", n)
			}
		})
	}
}
