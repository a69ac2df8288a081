package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/publish/mail/mailtest"
)

const (
	testUser     = "office@example.edu.cn"
	testPassword = "s3cret-Pa55word"
	testOverview = "本期共收录各单位信息42篇，较上期增加5篇，党委宣传部、计算机学院报送最多。"
)

var testDate = time.Date(2021, 11, 1, 8, 30, 0, 0, time.FixedZone("CST", 8*3600))

// testFiles are a PDF and a DOCX with Chinese names and random bytes.
func testFiles(t *testing.T) []Attachment {
	t.Helper()
	pdf, docx := make([]byte, 70_000), make([]byte, 12_345)
	rand.Read(pdf)
	rand.Read(docx)
	copy(pdf, "%PDF-1.7\n")
	copy(docx, "PK\x03\x04")
	return []Attachment{
		{Name: "东湖大学2021年10月党建工作简报-2021-10.pdf", Data: pdf},
		{Name: "东湖大学2021年10月党建工作简报（领导参阅版）第十期附件-2021-10.docx", Data: docx},
	}
}

func testData() Data {
	return Data{
		Title: "东湖大学2021年10月党建工作简报", Issuer: "中共东湖大学委员会办公室", IssueNo: "第10期",
		Period: Period{Key: "2021-10", Label: "2021年10月"}, Previous: Period{Key: "2021-09", Label: "2021年9月"},
		Totals:   Totals{Articles: 42, Previous: 37, Units: 3, Active: 3},
		Overview: testOverview,
		Units: []Row{{Label: "党委宣传部", Articles: 20, Previous: 15}, {Label: "计算机学院", Articles: 15, Previous: 12},
			{Label: "机关党委 <总支>", Articles: 7, Previous: 10}},
	}
}

func testEnvelope() Envelope {
	return Envelope{From: "东湖大学党委办公室 <office@example.edu.cn>", To: []string{"书记 <leader@example.edu.cn>"},
		Cc: []string{"archive@example.edu.cn"}, Bcc: []string{"audit@example.edu.cn"}}
}

func compose(t *testing.T, files []Attachment) *Message {
	t.Helper()
	m, err := Compose(testEnvelope(), Templates{}, testData(), files, testDate)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// part is a leaf of a parsed MIME tree.
type part struct {
	path        string // multipart/mixed/multipart/alternative/text/plain
	mediaType   string
	params      map[string]string
	disposition string
	filename    string
	body        []byte
}

// walk parses a message's MIME tree with the standard library, as a mail program would.
func walk(t *testing.T, raw []byte) (*mail.Message, []part) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("message does not parse: %v", err)
	}
	var parts []part
	var visit func(h map[string][]string, body io.Reader, path string)
	visit = func(h map[string][]string, body io.Reader, path string) {
		get := func(k string) string {
			if v := h[k]; len(v) > 0 {
				return v[0]
			}
			return ""
		}
		mt, params, err := mime.ParseMediaType(get("Content-Type"))
		if err != nil {
			t.Fatalf("%s: Content-Type %q: %v", path, get("Content-Type"), err)
		}
		path += "/" + mt
		if strings.HasPrefix(mt, "multipart/") {
			mr := multipart.NewReader(body, params["boundary"])
			for {
				p, err := mr.NextRawPart()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				visit(p.Header, p, path)
			}
			return
		}
		data, err := io.ReadAll(body)
		if err != nil {
			t.Fatal(err)
		}
		if strings.EqualFold(get("Content-Transfer-Encoding"), "base64") {
			if data, err = base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(data)), "")); err != nil {
				t.Fatalf("%s: base64: %v", path, err)
			}
		}
		p := part{path: path, mediaType: mt, params: params, body: data}
		if cd := get("Content-Disposition"); cd != "" {
			d, dp, err := mime.ParseMediaType(cd)
			if err != nil {
				t.Fatalf("%s: Content-Disposition %q: %v", path, cd, err)
			}
			p.disposition, p.filename = d, dp["filename"]
		}
		parts = append(parts, p)
	}
	visit(msg.Header, msg.Body, "")
	return msg, parts
}

// checkMessage checks a received message against what was composed.
func checkMessage(t *testing.T, raw []byte, files []Attachment) {
	t.Helper()
	msg, parts := walk(t, raw)
	dec := new(mime.WordDecoder)
	subj, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "东湖大学2021年10月党建工作简报 第10期"; subj != want {
		t.Errorf("subject: got %q, want %q", subj, want)
	}
	if raw := msg.Header.Get("Subject"); !isASCII(raw) {
		t.Errorf("subject header is not encoded: %q", raw)
	}
	from, err := msg.Header.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Name != "东湖大学党委办公室" {
		t.Errorf("from: got %v (%v)", from, err)
	}
	if msg.Header.Get("Bcc") != "" {
		t.Errorf("the message shows its Bcc: %q", msg.Header.Get("Bcc"))
	}
	for _, line := range strings.Split(string(raw[:bytes.Index(raw, []byte("\r\n\r\n"))]), "\r\n") {
		if len(line) > 998 {
			t.Errorf("header line longer than 998: %q", line)
		}
	}
	var paths []string
	for _, p := range parts {
		paths = append(paths, p.path)
	}
	want := []string{
		"/multipart/mixed/multipart/alternative/text/plain",
		"/multipart/mixed/multipart/alternative/text/html",
		"/multipart/mixed/application/pdf",
		"/multipart/mixed/application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	}
	if !slices.Equal(paths, want) {
		t.Fatalf("MIME tree:\n got %q\nwant %q", paths, want)
	}
	if text := string(parts[0].body); !strings.Contains(text, testOverview) || !strings.Contains(text, files[0].Name) {
		t.Errorf("text body lacks the overview or the file list:\n%s", text)
	}
	if parts[0].params["charset"] != "UTF-8" && parts[0].params["charset"] != "utf-8" {
		t.Errorf("text charset: %q", parts[0].params["charset"])
	}
	h := html.UnescapeString(string(parts[1].body))
	for _, s := range []string{testOverview, "<table", "党委宣传部", "机关党委 <总支>", "+5", "-3"} {
		if !strings.Contains(h, s) {
			t.Errorf("HTML lacks %q:\n%s", s, parts[1].body)
		}
	}
	if strings.Contains(string(parts[1].body), "机关党委 <总支>") {
		t.Errorf("HTML does not escape a unit's name")
	}
	for i, f := range files {
		p := parts[2+i]
		if p.disposition != "attachment" {
			t.Errorf("%s: disposition %q", f.Name, p.disposition)
		}
		if p.filename != f.Name {
			t.Errorf("filename (RFC 2231): got %q, want %q", p.filename, f.Name)
		}
		name, err := dec.DecodeHeader(p.params["name"])
		if err != nil || name != f.Name {
			t.Errorf("name (RFC 2047): got %q (%v), want %q", name, err, f.Name)
		}
		if !bytes.Equal(p.body, f.Data) {
			t.Errorf("%s: attachment bytes differ from the file (%d bytes, want %d)", f.Name, len(p.body), len(f.Data))
		}
	}
}

func TestSendStartTLS(t *testing.T) {
	ts := mailtest.NewServer(t, testUser, testPassword, mailtest.Options{})
	files := testFiles(t)
	m := compose(t, files)
	res, err := serverFor(ts, StartTLS).Send(context.Background(), m, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Attempts != 1 {
		t.Errorf("attempts: got %d, want 1", res.Attempts)
	}
	got := ts.Messages()
	if len(got) != 1 {
		t.Fatalf("server received %d messages, want 1", len(got))
	}
	if !ts.TLSOn()[0] {
		t.Error("the message was not sent over TLS")
	}
	wantRcpt := []string{"leader@example.edu.cn", "archive@example.edu.cn", "audit@example.edu.cn"}
	if !slices.Equal(got[0].To, wantRcpt) || got[0].From != "office@example.edu.cn" {
		t.Errorf("envelope: from %q to %q, want to %q", got[0].From, got[0].To, wantRcpt)
	}
	checkMessage(t, got[0].Data, files)
}

func TestSendImplicitTLS(t *testing.T) {
	ts := mailtest.NewServer(t, testUser, testPassword, mailtest.Options{ImplicitTLS: true})
	files := testFiles(t)
	if _, err := serverFor(ts, TLS).Send(context.Background(), compose(t, files), nil); err != nil {
		t.Fatal(err)
	}
	got := ts.Messages()
	if len(got) != 1 || !ts.TLSOn()[0] {
		t.Fatalf("got %d messages (tls %v), want 1 over TLS", len(got), ts.TLSOn())
	}
	checkMessage(t, got[0].Data, files)
}

func TestSendFailures(t *testing.T) {
	tests := []struct {
		name         string
		fail         func(cmd string, n int) error
		password     string
		wantMessages int
		wantErr      bool
		wantTemp     bool
		wantCode     int
		wantAttempts int
		wantLogs     int
	}{
		{name: "451 then accept", fail: func(cmd string, n int) error {
			if cmd == "DATA" && n == 1 {
				return mailtest.Reply(451, "local error, try again later")
			}
			return nil
		}, wantMessages: 1, wantAttempts: 2, wantLogs: 1},
		{name: "451 at MAIL twice then accept", fail: func(cmd string, n int) error {
			if cmd == "MAIL" && n <= 2 {
				return mailtest.Reply(451, "greylisted")
			}
			return nil
		}, wantMessages: 1, wantAttempts: 3, wantLogs: 2},
		{name: "451 always", fail: func(cmd string, n int) error {
			if cmd == "RCPT" {
				return mailtest.Reply(452, "mailbox full")
			}
			return nil
		}, wantErr: true, wantTemp: true, wantCode: 452, wantAttempts: 3, wantLogs: 2},
		{name: "550", fail: func(cmd string, n int) error {
			if cmd == "RCPT" {
				return mailtest.Reply(550, "no such user")
			}
			return nil
		}, wantErr: true, wantCode: 550, wantAttempts: 1},
		{name: "554 at DATA", fail: func(cmd string, n int) error {
			if cmd == "DATA" {
				return mailtest.Reply(554, "message refused")
			}
			return nil
		}, wantErr: true, wantCode: 554, wantAttempts: 1},
		{name: "auth failure", password: "wrong-password", wantErr: true, wantCode: 535, wantAttempts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := mailtest.NewServer(t, testUser, testPassword, mailtest.Options{Fail: tt.fail})
			srv := serverFor(ts, StartTLS)
			if tt.password != "" {
				srv.Password = Secret(tt.password)
			}
			var logs []string
			res, err := srv.Send(context.Background(), compose(t, testFiles(t)), func(s string) { logs = append(logs, s) })
			if n := len(ts.Messages()); n != tt.wantMessages {
				t.Errorf("server received %d messages, want %d", n, tt.wantMessages)
			}
			if res.Attempts != tt.wantAttempts {
				t.Errorf("attempts: got %d, want %d", res.Attempts, tt.wantAttempts)
			}
			if len(logs) != tt.wantLogs {
				t.Errorf("retry logs: got %q, want %d", logs, tt.wantLogs)
			}
			if (err != nil) != tt.wantErr {
				t.Fatalf("error: got %v, want error %v", err, tt.wantErr)
			}
			if err == nil {
				return
			}
			var de *DeliveryError
			if !errors.As(err, &de) {
				t.Fatalf("got %T %v, want a *DeliveryError", err, err)
			}
			if de.Temporary != tt.wantTemp || de.Code != tt.wantCode {
				t.Errorf("got temporary %v code %d, want %v %d (%v)", de.Temporary, de.Code, tt.wantTemp, tt.wantCode, err)
			}
			if !strings.Contains(err.Error(), srv.Addr()) {
				t.Errorf("error does not name the server: %v", err)
			}
			checkNoSecret(t, srv.Password.Reveal(), err.Error(), fmt.Sprintf("%+v %#v", err, srv), strings.Join(logs, "\n"))
		})
	}
}

func TestSendUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close() // nothing listens there now: connection refused
	srv := Server{Host: "127.0.0.1", Port: port, Username: testUser, Password: testPassword, Timeout: time.Second,
		Retry: Retry{Attempts: 3, Initial: time.Millisecond, Max: 2 * time.Millisecond}}
	var logs []string
	res, err := srv.Send(context.Background(), compose(t, testFiles(t)), func(s string) { logs = append(logs, s) })
	var de *DeliveryError
	if !errors.As(err, &de) {
		t.Fatalf("got %v, want a *DeliveryError", err)
	}
	if !de.Temporary || res.Attempts != 3 || len(logs) != 2 {
		t.Errorf("got temporary %v after %d attempts with %d logs, want temporary after 3 with 2", de.Temporary, res.Attempts, len(logs))
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("127.0.0.1:%d", port)) || !strings.Contains(err.Error(), "refused") {
		t.Errorf("error does not name the server and the reason: %v", err)
	}
	checkNoSecret(t, testPassword, err.Error())
}

func TestSendCancelledWhileWaiting(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	srv := Server{Host: "127.0.0.1", Port: port, Timeout: time.Second, Retry: Retry{Attempts: 5, Initial: time.Hour}}
	res, err := srv.Send(ctx, compose(t, testFiles(t)), func(string) { cancel() })
	if !errors.Is(err, context.Canceled) || res.Attempts != 1 {
		t.Errorf("got %v after %d attempts, want context.Canceled after 1", err, res.Attempts)
	}
}

// checkNoSecret fails when any text holds the password or its base64 form.
func checkNoSecret(t *testing.T, password string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		for _, form := range []string{password, base64.StdEncoding.EncodeToString([]byte(password))} {
			if strings.Contains(s, form) {
				t.Errorf("the password shows in %q", s)
			}
		}
	}
}

func TestSecretNeverPrints(t *testing.T) {
	srv := Server{Host: "smtp.example.edu.cn", Username: testUser, Password: testPassword}
	j, err := json.Marshal(srv)
	if err != nil {
		t.Fatal(err)
	}
	checkNoSecret(t, testPassword, fmt.Sprint(srv), fmt.Sprintf("%v %+v %#v %s %q", srv, srv, srv, srv.Password, srv.Password), string(j))
	if got := srv.Password.Reveal(); got != testPassword {
		t.Errorf("Reveal: got %q", got)
	}
}

func TestScrub(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString([]byte("\x00" + testUser + "\x00" + testPassword))
	got := scrub("535 bad credentials "+testPassword+" "+b64, testUser, testPassword)
	checkNoSecret(t, testPassword, got)
	if strings.Contains(got, b64) || !strings.Contains(got, "535 bad credentials") {
		t.Errorf("scrub: got %q", got)
	}
}

func TestServerCheck(t *testing.T) {
	tests := []struct {
		name string
		srv  Server
		want string
	}{
		{"ok", Server{Host: "smtp.example.org"}, ""},
		{"no host", Server{}, "no server"},
		{"bad port", Server{Host: "h", Port: 70000}, "port"},
		{"clear password", Server{Host: "h", Security: None, Username: "u", Password: "p"}, "in clear"},
		{"password without user", Server{Host: "h", Password: "p"}, "mail.username: not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.srv.Check()
			if (tt.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestRetryWait(t *testing.T) {
	r := Retry{Attempts: 6, Initial: time.Second, Max: 5 * time.Second}
	var got []time.Duration
	for n := 1; n <= 5; n++ {
		got = append(got, r.Wait(n))
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if d := (Retry{}).Wait(1); d != 10*time.Second {
		t.Errorf("default first wait: got %v", d)
	}
}

func TestPasswordFrom(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	env := map[string]string{"JIANBAO_SMTP_PASSWORD": testPassword, "EMPTY": ""}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	tests := []struct {
		name, env, file string
		want            Secret
		wantErr         string
	}{
		{name: "none"},
		{name: "env", env: "JIANBAO_SMTP_PASSWORD", want: testPassword},
		{name: "env unset", env: "NOPE", wantErr: "NOPE is not set"},
		{name: "env empty", env: "EMPTY", wantErr: "EMPTY is not set"},
		{name: "file", file: write("pw", testPassword+"\n"), want: testPassword},
		{name: "file crlf", file: write("pw2", testPassword+"\r\n"), want: testPassword},
		{name: "file empty", file: write("pw3", "\n"), wantErr: "is empty"},
		{name: "file two lines", file: write("pw4", testPassword+"\nsecond\n"), wantErr: "alone on one line"},
		{name: "file missing", file: filepath.Join(dir, "missing"), wantErr: "no such file"},
		{name: "both", env: "JIANBAO_SMTP_PASSWORD", file: "x", wantErr: "both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PasswordFrom(tt.env, tt.file, lookup)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got %v, want an error with %q", err, tt.wantErr)
				}
				checkNoSecret(t, testPassword, err.Error())
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got.Reveal(), err, tt.want.Reveal())
			}
		})
	}
}

// serverFor is a Server that reaches ts with its credentials, retrying fast.
func serverFor(ts *mailtest.Server, sec Security) Server {
	return Server{Host: ts.Host, Port: ts.Port, Security: sec, Username: testUser, Password: testPassword,
		Timeout: 5 * time.Second, TLS: ts.TLSConfig(),
		Retry: Retry{Attempts: 3, Initial: time.Millisecond, Max: 4 * time.Millisecond}}
}

// A server that takes the connection and never answers: each try times out, which is
// temporary, so it is retried up to the bound.
func TestSendTimeout(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn // held open, silent
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	srv := Server{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, Timeout: 100 * time.Millisecond,
		Retry: Retry{Attempts: 2, Initial: time.Millisecond}}
	res, err := srv.Send(context.Background(), compose(t, testFiles(t)), nil)
	var de *DeliveryError
	if !errors.As(err, &de) || !de.Temporary || res.Attempts != 2 {
		t.Fatalf("got %v after %d attempts, want a temporary failure after 2", err, res.Attempts)
	}
	if !strings.Contains(err.Error(), "timeout") {
		t.Errorf("the error does not say it timed out: %v", err)
	}
}

// TestSettingErrorKeys: each mistake in the settings names its key, so that the command line
// can point at the line of jianbao.yaml that holds it.
func TestSettingErrorKeys(t *testing.T) {
	env := testEnvelope()
	tests := []struct {
		name string
		err  func() error
		key  string
	}{
		{"no host", Server{}.Check, "host"},
		{"port", Server{Host: "h", Port: 70000}.Check, "port"},
		{"security", func() error { _, err := ParseSecurity("ssl3"); return err }, "security"},
		{"clear", Server{Host: "h", Security: None, Username: "u"}.Check, "security"},
		{"password env", func() error {
			_, err := PasswordFrom("NOPE", "", func(string) (string, bool) { return "", false })
			return err
		}, "password_env"},
		{"password file", func() error { _, err := PasswordFrom("", "/nonexistent/pw", nil); return err }, "password_file"},
		{"from", func() error {
			_, err := Compose(Envelope{From: "x@", To: env.To}, Templates{}, testData(), testFiles(t), testDate)
			return err
		}, "from"},
		{"no from", func() error {
			_, err := Compose(Envelope{To: env.To}, Templates{}, testData(), testFiles(t), testDate)
			return err
		}, "from"},
		{"to", func() error {
			_, err := Compose(Envelope{From: env.From, To: []string{"x@"}}, Templates{}, testData(), testFiles(t), testDate)
			return err
		}, "to"},
		{"bcc", func() error {
			_, err := Compose(Envelope{From: env.From, To: env.To, Bcc: []string{"x@"}}, Templates{}, testData(), testFiles(t), testDate)
			return err
		}, "bcc"},
		{"no recipients", func() error {
			_, err := Compose(Envelope{From: env.From}, Templates{}, testData(), testFiles(t), testDate)
			return err
		}, "to"},
		{"subject", Templates{Subject: "{{.Title"}.Check, "subject"},
		{"body", func() error {
			_, err := Compose(env, Templates{Body: "{{.Nope}}"}, testData(), testFiles(t), testDate)
			return err
		}, "body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var se *SettingError
			err := tt.err()
			if !errors.As(err, &se) || se.Key != tt.key {
				t.Fatalf("got %v, want a *SettingError for %s", err, tt.key)
			}
			if !strings.HasPrefix(err.Error(), "mail."+tt.key+": ") {
				t.Errorf("the message does not start with mail.%s: %v", tt.key, err)
			}
		})
	}
}
