package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/publish/mail/mailtest"
)

const (
	mailUser     = "office@example.edu.cn"
	mailPassword = "Tr0ub4dor&3-never-shown"
)

// mailSetup writes a jianbao.yaml whose mail: section points at host:port (trusting ca), a
// units.yaml with a contact for 马克思主义学院, and returns the directory.
func mailSetup(t *testing.T, host string, port int, ca []byte) string {
	t.Helper()
	dir := t.TempDir()
	units, err := os.ReadFile("../../samples/units.yaml")
	if err != nil {
		t.Fatal(err)
	}
	units = bytes.Replace(units, []byte("  - name: 马克思主义学院\n"), []byte("  - name: 马克思主义学院\n    contact: marx@example.edu.cn\n"), 1)
	cfg := fmt.Sprintf(`title: 东湖大学{{.Period.Label}}党建工作简报
issuer: 中共东湖大学委员会办公室
issue_no: auto
period: 2021-11
template: jianbao
format: [pdf, docx]
units: units.yaml
mail:
  host: %s
  port: %d
  username: %s
  password_env: JIANBAO_TEST_SMTP_PASSWORD
  ca_file: ca.pem
  from: 东湖大学党委办公室 <office@example.edu.cn>
  to: leader@example.edu.cn
  cc: [archive@example.edu.cn]
  attempts: 2
  retry_wait: 1ms
  timeout: 5s
`, host, port, mailUser)
	for name, data := range map[string][]byte{"jianbao.yaml": []byte(cfg), "units.yaml": units, "ca.pem": ca} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runJianbao runs the command line and returns its exit code, stdout and stderr.
func runJianbao(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	for _, s := range []string{stdout.String(), stderr.String()} {
		if strings.Contains(s, mailPassword) {
			t.Errorf("the password shows in the output:\n%s", s)
		}
	}
	return code, stdout.String(), stderr.String()
}

// attachments returns a received message's attachments by file name.
func attachments(t *testing.T, raw []byte) (subject string, files map[string][]byte) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	subject, _ = new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	files = map[string][]byte{}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart() // decodes nothing but quoted-printable; attachments are base64
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if name := p.FileName(); name != "" {
			b64, _ := io.ReadAll(p)
			data, err := decodeBase64(b64)
			if err != nil {
				t.Fatal(err)
			}
			files[name] = data
		}
	}
	return subject, files
}

func TestBuildMail(t *testing.T) {
	srv := mailtest.NewServer(t, mailUser, mailPassword, mailtest.Options{})
	dir := mailSetup(t, srv.Host, srv.Port, srv.CertPEM())
	t.Setenv("JIANBAO_TEST_SMTP_PASSWORD", mailPassword)
	out := filepath.Join(dir, "out")
	args := []string{"build", "../../samples", "--config", filepath.Join(dir, "jianbao.yaml"), "--out", out, "--mail", "--each", "top", "--json"}

	code, stdout, stderr := runJianbao(t, args...)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	got := srv.Messages()
	if len(got) != 2 {
		t.Fatalf("server received %d messages, want 2 (the digest, and 马克思主义学院's own to its contact)", len(got))
	}
	var sum struct {
		Written  []string
		Messages []struct {
			Unit, Status string
			Recipients   []string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatalf("--json: %v\n%s", err, stdout)
	}
	if len(sum.Messages) != 2 || sum.Messages[0].Status != "sent" || sum.Messages[1].Unit != "马克思主义学院" ||
		strings.Join(sum.Messages[1].Recipients, ",") != "marx@example.edu.cn,archive@example.edu.cn" {
		t.Errorf("--json messages: %+v", sum.Messages)
	}
	subject, files := attachments(t, got[0].Data)
	if subject != "东湖大学2021年11月党建工作简报 第1期" {
		t.Errorf("subject: %q", subject)
	}
	for _, name := range []string{"东湖大学2021年11月党建工作简报-jianbao-2021-11.pdf", "东湖大学2021年11月党建工作简报-jianbao-2021-11.docx"} {
		onDisk, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("%v (written: %q)", err, sum.Written)
		}
		if !bytes.Equal(files[name], onDisk) {
			t.Errorf("%s: the attachment differs from the file written (%d bytes, file %d)", name, len(files[name]), len(onDisk))
		}
	}
	state, err := os.ReadFile(filepath.Join(dir, "jianbao.state.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"period: 2021-11", "number: 1", "leader@example.edu.cn", "series: jianbao/马克思主义学院"} {
		if !strings.Contains(string(state), s) {
			t.Errorf("state file lacks %q:\n%s", s, state)
		}
	}

	// A rerun of the same period sends nothing and keeps the issue number.
	code, _, stderr = runJianbao(t, args[:len(args)-1]...)
	if code != 0 || len(srv.Messages()) != 2 || !strings.Contains(stderr, "not sending again") {
		t.Errorf("rerun: exit %d, %d messages:\n%s", code, len(srv.Messages()), stderr)
	}
	state2, _ := os.ReadFile(filepath.Join(dir, "jianbao.state.yaml"))
	if !bytes.Equal(state, state2) {
		t.Errorf("a rerun changed the state file:\n%s", state2)
	}

	// --resend sends it again.
	code, _, stderr = runJianbao(t, append(args[:len(args)-1], "--resend")...)
	if code != 0 || len(srv.Messages()) != 4 {
		t.Errorf("--resend: exit %d, %d messages:\n%s", code, len(srv.Messages()), stderr)
	}
}

func TestBuildMailFailures(t *testing.T) {
	t.Setenv("JIANBAO_TEST_SMTP_PASSWORD", mailPassword)
	refused := func() (string, int) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		return "127.0.0.1", port
	}
	tests := []struct {
		name     string
		fail     func(cmd string, n int) error
		password string
		down     bool
		want     string
	}{
		{name: "550", fail: func(cmd string, n int) error {
			if cmd == "RCPT" {
				return mailtest.Reply(550, "mailbox unavailable")
			}
			return nil
		}, want: "550"},
		{name: "auth", password: "wrong", want: "535"},
		{name: "unreachable", down: true, want: "refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewServer(t, mailUser, mailPassword, mailtest.Options{Fail: tt.fail})
			host, port := srv.Host, srv.Port
			if tt.down {
				host, port = refused()
			}
			dir := mailSetup(t, host, port, srv.CertPEM())
			if tt.password != "" {
				t.Setenv("JIANBAO_TEST_SMTP_PASSWORD", tt.password)
			}
			out := filepath.Join(dir, "out")
			code, _, stderr := runJianbao(t, "build", "../../samples", "--config", filepath.Join(dir, "jianbao.yaml"), "--out", out, "--mail")
			if code != exitDelivery {
				t.Fatalf("exit %d, want %d:\n%s", code, exitDelivery, stderr)
			}
			if !strings.Contains(stderr, fmt.Sprintf("%s:%d", host, port)) || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "the files are written") {
				t.Errorf("stderr does not name the server and the reason (%s):\n%s", tt.want, stderr)
			}
			if strings.Contains(stderr, tt.password) && tt.password != "" {
				t.Errorf("the password shows:\n%s", stderr)
			}
			if _, err := os.Stat(filepath.Join(out, "东湖大学2021年11月党建工作简报-jianbao-2021-11.pdf")); err != nil {
				t.Errorf("the files are not kept: %v", err)
			}
			if _, err := os.Stat(filepath.Join(dir, "jianbao.state.yaml")); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a failed delivery left a state file (%v)", err)
			}
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("server received %d messages", n)
			}
		})
	}
}

func decodeBase64(b []byte) ([]byte, error) {
	return base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(b)), ""))
}

// Input errors leave articles out, so the totals would be false: the files are written for
// checking, nothing is mailed.
func TestBuildMailRefusesIncompleteInput(t *testing.T) {
	srv := mailtest.NewServer(t, mailUser, mailPassword, mailtest.Options{})
	dir := mailSetup(t, srv.Host, srv.Port, srv.CertPEM())
	t.Setenv("JIANBAO_TEST_SMTP_PASSWORD", mailPassword)
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("title: 无日期的稿件\nunit: 党委宣传部\nsummary: 缺少日期。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runJianbao(t, "build", "../../samples", bad, "--config", filepath.Join(dir, "jianbao.yaml"), "--out", filepath.Join(dir, "out"), "--mail")
	if code != exitInput || !strings.Contains(stderr, "not mailed") || len(srv.Messages()) != 0 {
		t.Errorf("exit %d, %d messages:\n%s", code, len(srv.Messages()), stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "东湖大学2021年11月党建工作简报-jianbao-2021-11.pdf")); err != nil {
		t.Errorf("the files are not written for checking: %v", err)
	}
}

// A digest holding values nobody has reviewed (a summary as jianbao ingest wrote it) is not
// mailed to people who will not check it: the files are written for checking, nothing is
// sent, no issue number is used up, unless allow_unreviewed: true or --allow-unreviewed.
// Marks on an article outside the period are not the digest's.
func TestBuildMailRefusesUnreviewed(t *testing.T) {
	t.Setenv("JIANBAO_TEST_SMTP_PASSWORD", mailPassword)
	tests := []struct {
		name, date string
		flags      []string
		config     string // added to jianbao.yaml
		sent       bool
	}{
		{name: "in the period", date: "2021-11-20"},
		{name: "allowed by flag", date: "2021-11-20", flags: []string{"--allow-unreviewed"}, sent: true},
		{name: "allowed in jianbao.yaml", date: "2021-11-20", config: "allow_unreviewed: true\n", sent: true},
		{name: "outside the period", date: "2021-10-20", sent: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := mailtest.NewServer(t, mailUser, mailPassword, mailtest.Options{})
			dir := mailSetup(t, srv.Host, srv.Port, srv.CertPEM())
			cfg := filepath.Join(dir, "jianbao.yaml")
			if tt.config != "" {
				f, err := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				f.WriteString(tt.config)
				f.Close()
			}
			sum := filepath.Join(dir, "ingested.yaml")
			data := "# jianbao ingest sha256:00ff (delete this line once you have reviewed it)\n" +
				"title: 为进一步加强校园安全管理，充分发挥各部门、 # review: the page has no headline; derived from the lead sentence\n" +
				"date: \"" + tt.date + "\"\nunit: 本处 # review: no unit is said to hold the event\nsummary: 会议听取了各部门汇报。\n"
			if err := os.WriteFile(sum, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			args := append([]string{"build", "../../samples", sum, "--config", cfg, "--out", out, "--mail"}, tt.flags...)
			code, _, stderr := runJianbao(t, args...)
			if _, err := os.Stat(filepath.Join(out, "东湖大学2021年11月党建工作简报-jianbao-2021-11.pdf")); err != nil {
				t.Errorf("the files are not written: %v", err)
			}
			_, stateErr := os.Stat(filepath.Join(dir, "jianbao.state.yaml"))
			if tt.sent {
				if code != 0 || len(srv.Messages()) != 1 || stateErr != nil {
					t.Errorf("exit %d, %d messages, state file %v:\n%s", code, len(srv.Messages()), stateErr, stderr)
				}
				return
			}
			if code != exitInput || len(srv.Messages()) != 0 {
				t.Errorf("exit %d, %d messages, want %d and none:\n%s", code, len(srv.Messages()), exitInput, stderr)
			}
			for _, want := range []string{
				"ingested.yaml:2: record 1: warning: not reviewed: title, unit marked for review (# review), and the file still starts with jianbao ingest's line",
				"1 summary in the digest not reviewed (each named in a warning); the files are written for checking but not mailed",
				"allow_unreviewed: true (--allow-unreviewed)",
			} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			if !errors.Is(stateErr, os.ErrNotExist) {
				t.Errorf("a refused run left a state file (%v): the issue number is used up", stateErr)
			}
		})
	}
}
