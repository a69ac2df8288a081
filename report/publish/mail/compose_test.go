package mail

import (
	"bytes"
	"mime"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDryRunWritesTheMessage(t *testing.T) {
	files := testFiles(t)
	m := compose(t, files)
	path := filepath.Join(t.TempDir(), "sub", "digest.eml")
	if err := m.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	checkMessage(t, raw, files)
	var again bytes.Buffer
	if _, err := m.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, again.Bytes()) {
		t.Error("writing the message twice gives different bytes")
	}
	for _, h := range []string{"Date: Mon, 01 Nov 2021 08:30:00 +0800", "Message-ID: <jianbao." + m.Hash[:16]} {
		if !bytes.Contains(raw, []byte(h)) {
			t.Errorf("the message lacks %q", h)
		}
	}
	if m2 := compose(t, files); m2.MessageID != m.MessageID {
		t.Errorf("Message-ID is not made from the content and date: %q, %q", m.MessageID, m2.MessageID)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("the dry run left %d files, want 1", len(entries))
	}
}

func TestComposeTemplates(t *testing.T) {
	files := testFiles(t)[:1]
	tpl := Templates{
		Subject: "【简报】{{.Period.Label}} {{.Title}}\n（共{{.Totals.Articles}}篇）",
		Body:    "各位好：\n\n{{.Overview}}\n\n{{range .Units}}{{.Label}} {{.Articles}}（{{.Delta}}）\n{{end}}",
	}
	m, err := Compose(testEnvelope(), tpl, testData(), files, testDate)
	if err != nil {
		t.Fatal(err)
	}
	if want := "【简报】2021年10月 东湖大学2021年10月党建工作简报 （共42篇）"; m.Subject != want {
		t.Errorf("subject: got %q, want %q", m.Subject, want)
	}
	for _, s := range []string{"各位好：\n\n" + testOverview, "党委宣传部 20（+5）", "机关党委 <总支> 7（-3）"} {
		if !strings.Contains(m.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, m.Text)
		}
	}
	if !strings.Contains(m.HTML, "<p>各位好：</p>") {
		t.Errorf("HTML paragraphs:\n%s", m.HTML)
	}
}

func TestComposeErrors(t *testing.T) {
	files := testFiles(t)
	tests := []struct {
		name  string
		env   Envelope
		tpl   Templates
		files []Attachment
		want  string
	}{
		{"no from", Envelope{To: []string{"a@b.cn"}}, Templates{}, files, "no sender"},
		{"bad from", Envelope{From: "not an address", To: []string{"a@b.cn"}}, Templates{}, files, "from"},
		{"no recipients", Envelope{From: "a@b.cn"}, Templates{}, files, "no recipients"},
		{"bad recipient", Envelope{From: "a@b.cn", Cc: []string{"x@"}}, Templates{}, files, `recipient "x@"`},
		{"no files", testEnvelope(), Templates{}, nil, "nothing to attach"},
		{"bad subject template", testEnvelope(), Templates{Subject: "{{.Title"}, files, "mail.subject"},
		{"unknown field", testEnvelope(), Templates{Body: "{{.Nope}}"}, files, "Nope"},
		{"empty subject", testEnvelope(), Templates{Subject: "{{if false}}x{{end}} "}, files, "subject is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compose(tt.env, tt.tpl, testData(), tt.files, testDate)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
	if err := (Templates{Body: "{{range}}"}).Check(); err == nil {
		t.Error("Check accepts a broken body template")
	}
}

func TestAttachmentNameParameters(t *testing.T) {
	tests := []string{
		"digest-2021-10.pdf",
		"简报.pdf",
		"东湖大学2021年10月党建工作简报（领导参阅版）第十期附件，另附说明与统计表-2021-10.docx",
		`odd "name"\with/slashes.pdf`,
	}
	dec := new(mime.WordDecoder)
	for _, name := range tests {
		want := cleanName(name)
		cd := contentDisposition("attachment", name)
		for _, line := range strings.Split(cd, "\r\n") {
			if len(line) > 90 {
				t.Errorf("%s: line longer than 90: %q", name, line)
			}
		}
		for _, line := range strings.Split(cd, "\r\n") {
			if i := strings.Index(line, "*="); i >= 0 {
				if _, err := url.PathUnescape(strings.TrimPrefix(strings.TrimSuffix(line[i+2:], ";"), "UTF-8''")); err != nil {
					t.Errorf("%s: a continuation splits a character: %q", name, line)
				}
				if v, _ := url.PathUnescape(strings.TrimSuffix(line[i+2:], ";")); !utf8.ValidString(v) {
					t.Errorf("%s: a continuation splits a character: %q", name, line)
				}
			}
		}
		_, p, err := mime.ParseMediaType(strings.ReplaceAll(cd, "\r\n", ""))
		if err != nil || p["filename"] != want {
			t.Errorf("Content-Disposition %q: got %q (%v), want %q", cd, p["filename"], err, want)
		}
		_, p, err = mime.ParseMediaType(strings.ReplaceAll(contentType("application/pdf", name), "\r\n", ""))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := dec.DecodeHeader(p["name"]); err != nil || got != want {
			t.Errorf("Content-Type name: got %q (%v), want %q", got, err, want)
		}
	}
	if got := ContentTypeOf("a.DOCX"); got != "application/vnd.openxmlformats-officedocument.wordprocessingml.document" {
		t.Errorf("docx: %q", got)
	}
}
