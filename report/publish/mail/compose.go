package mail

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"net/mail"
	"net/textproto"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/jianbao/jianbao/report/internal/safefile"
)

// Data is what the subject and body templates see: the digest's own data, its totals, the
// overview sentence and the unit table.
type Data struct {
	// Title is the digest's title, Institution its institution, Issuer the issuing office and
	// IssueNo the issue number (第3期).
	Title, Institution, Issuer, IssueNo string
	// Period is the period reported on, Previous the one it is compared with.
	Period, Previous Period
	// Unit is the unit whose own digest this is (--each); empty for the consolidated digest.
	Unit string
	// Totals are the period's counts.
	Totals Totals
	// Overview is the digest's overview sentence.
	Overview string
	// Units is the unit table: one row per unit, in the digest's order.
	Units []Row
	// Files are the attachments' names, in order. Compose fills it.
	Files []string
}

// Period names a period.
type Period struct {
	// Key is the period's key (2021-10, 2021Q3), Label its Chinese name (2021年10月).
	Key, Label string
}

// Totals are the counts of a period.
type Totals struct {
	// Articles counts the period's articles, Previous the previous period's.
	Articles, Previous int
	// Units counts the units reported on, Active those with at least one article.
	Units, Active int
}

// Row is one line of the unit table.
type Row struct {
	// Label is the unit's name.
	Label string
	// Articles counts its articles in the period, Previous in the previous period.
	Articles, Previous int
}

// Delta is the change from the previous period, signed (+3, -2, 0).
func (r Row) Delta() string { return signed(r.Articles - r.Previous) }

// Delta is the change from the previous period, signed (+3, -2, 0).
func (t Totals) Delta() string { return signed(t.Articles - t.Previous) }

func signed(n int) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}

// DefaultSubject is the subject template used when none is configured.
const DefaultSubject = `{{.Title}}{{with .IssueNo}} {{.}}{{end}}`

// DefaultBody is the body template used when none is configured.
const DefaultBody = `{{.Title}}{{with .IssueNo}}（{{.}}）{{end}}已编印，见附件。

{{with .Overview}}{{.}}

{{end}}附件：
{{range .Files}}{{.}}
{{end}}{{with .Issuer}}
{{.}}
{{end}}`

// Envelope says who sends the message and who receives it.
type Envelope struct {
	// From is the sender (an address, or 名字 <address>).
	From string
	// To, Cc and Bcc are the recipients; Bcc never appears in the message.
	To, Cc, Bcc []string
}

// Recipients returns every recipient's address (To, Cc, Bcc), without names, in order and
// without repeats.
func (e Envelope) Recipients() ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for i, list := range [][]string{e.To, e.Cc, e.Bcc} {
		for _, s := range list {
			a, err := parseAddress(s)
			if err != nil {
				return nil, settingError([]string{"to", "cc", "bcc"}[i], "recipient %q: %w", s, err)
			}
			addr := strings.ToLower(a.Address)
			if !seen[addr] {
				seen[addr] = true
				out = append(out, a.Address)
			}
		}
	}
	return out, nil
}

// parseAddress is mail.ParseAddress, its errors without the "mail: " of net/mail (which, after
// the setting's name, read as if the setting were called mail).
func parseAddress(s string) (*mail.Address, error) {
	a, err := mail.ParseAddress(s)
	if err != nil {
		return nil, errors.New("not an address: " + strings.TrimPrefix(err.Error(), "mail: "))
	}
	return a, nil
}

// Templates are the subject and body templates (text/template over Data); empty ones are the
// defaults.
type Templates struct {
	Subject, Body string
}

// Check parses both templates, so that a mistake is found before anything is rendered.
func (t Templates) Check() error {
	if _, err := parseTemplate("subject", t.Subject, DefaultSubject); err != nil {
		return err
	}
	_, err := parseTemplate("body", t.Body, DefaultBody)
	return err
}

func parseTemplate(name, text, def string) (*template.Template, error) {
	if strings.TrimSpace(text) == "" {
		text = def
	}
	t, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, &SettingError{Key: name, Err: err}
	}
	return t, nil
}

func execTemplate(t *template.Template, data Data) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", &SettingError{Key: t.Name(), Err: err}
	}
	return b.String(), nil
}

// Attachment is one file of the message.
type Attachment struct {
	// Name is the file name the recipient sees.
	Name string
	// ContentType is its media type; empty means the one of its suffix.
	ContentType string
	// Data is the file's content.
	Data []byte
}

// ContentTypeOf returns the media type of a file name's suffix.
func ContentTypeOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return "application/pdf"
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".json":
		return "application/json"
	}
	return "application/octet-stream"
}

// ContentHash identifies a set of files by their names and bytes (SHA-256, hex).
func ContentHash(files []Attachment) string {
	h := sha256.New()
	var n [8]byte
	for _, f := range files {
		binary.BigEndian.PutUint64(n[:], uint64(len(f.Name)))
		h.Write(n[:])
		io.WriteString(h, f.Name)
		binary.BigEndian.PutUint64(n[:], uint64(len(f.Data)))
		h.Write(n[:])
		h.Write(f.Data)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Message is a composed e-mail, ready to send or to write as an .eml file.
type Message struct {
	// Subject is the rendered subject.
	Subject string
	// From is the sender's address.
	From string
	// Recipients are every recipient's address (To, Cc, Bcc).
	Recipients []string
	// Files are the attachments' names.
	Files []string
	// Hash is the ContentHash of the attachments.
	Hash string
	// MessageID is the Message-ID, without angle brackets.
	MessageID string
	// Text and HTML are the two bodies.
	Text, HTML string

	msg *gomail.Msg
}

// Compose builds the message: the subject and body templates rendered over data, an HTML
// alternative, and files as attachments. date is the message's Date (the caller's clock), from
// which, with the content hash, the Message-ID is made.
func Compose(env Envelope, tpl Templates, data Data, files []Attachment, date time.Time) (*Message, error) {
	if strings.TrimSpace(env.From) == "" {
		return nil, settingError("from", "no sender: set the address messages come from")
	}
	from, err := parseAddress(env.From)
	if err != nil {
		return nil, settingError("from", "%q: %w", env.From, err)
	}
	rcpts, err := env.Recipients()
	if err != nil {
		return nil, err
	}
	if len(rcpts) == 0 {
		return nil, &SettingError{Key: "to", Err: ErrNoRecipients}
	}
	if len(files) == 0 {
		return nil, errors.New("mail: nothing to attach")
	}
	subjT, err := parseTemplate("subject", tpl.Subject, DefaultSubject)
	if err != nil {
		return nil, err
	}
	bodyT, err := parseTemplate("body", tpl.Body, DefaultBody)
	if err != nil {
		return nil, err
	}
	data.Files = nil
	for _, f := range files {
		if strings.TrimSpace(f.Name) == "" {
			return nil, errors.New("mail: an attachment has no name")
		}
		data.Files = append(data.Files, f.Name)
	}
	subject, err := execTemplate(subjT, data)
	if err != nil {
		return nil, err
	}
	subject = strings.Join(strings.Fields(subject), " ")
	if subject == "" {
		return nil, settingError("subject", "the subject is empty")
	}
	text, err := execTemplate(bodyT, data)
	if err != nil {
		return nil, err
	}
	text = tidyText(text)
	html, err := renderHTML(subject, text, data)
	if err != nil {
		return nil, err
	}

	m := &Message{Subject: subject, From: from.Address, Recipients: rcpts, Files: data.Files,
		Hash: ContentHash(files), Text: text, HTML: html}
	domain := from.Address[strings.LastIndexByte(from.Address, '@')+1:]
	m.MessageID = fmt.Sprintf("jianbao.%s.%d@%s", m.Hash[:16], date.Unix(), domain)

	msg := gomail.NewMsg(gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(gomail.EncodingB64),
		gomail.WithNoDefaultUserAgent())
	if err := msg.From(env.From); err != nil {
		return nil, settingError("from", "%q: %w", env.From, err)
	}
	for _, h := range []struct {
		set  func(...string) error
		name string
		list []string
	}{{msg.To, "to", env.To}, {msg.Cc, "cc", env.Cc}, {msg.Bcc, "bcc", env.Bcc}} {
		if len(h.list) == 0 {
			continue
		}
		if err := h.set(h.list...); err != nil {
			return nil, &SettingError{Key: h.name, Err: err}
		}
	}
	msg.Subject(subject)
	msg.SetDateWithValue(date)
	msg.SetMessageIDWithValue(m.MessageID)
	msg.SetUserAgent("jianbao")
	msg.SetBodyString(gomail.TypeTextPlain, crlf(text))
	msg.AddAlternativeString(gomail.TypeTextHTML, crlf(html))
	var atts []*gomail.File
	for _, f := range files {
		ct := f.ContentType
		if ct == "" {
			ct = ContentTypeOf(f.Name)
		}
		data := f.Data
		h := textproto.MIMEHeader{}
		h.Set("Content-Type", contentType(ct, f.Name))
		h.Set("Content-Disposition", contentDisposition("attachment", f.Name))
		atts = append(atts, &gomail.File{Name: f.Name, ContentType: gomail.ContentType(ct), Header: h,
			Writer: func(w io.Writer) (int64, error) { n, err := w.Write(data); return int64(n), err }})
	}
	msg.SetAttachments(atts)
	m.msg = msg
	return m, nil
}

// WriteTo writes the message exactly as it would be sent (without the Bcc header).
func (m *Message) WriteTo(w io.Writer) (int64, error) {
	return m.msg.WriteTo(w)
}

// WriteFile writes the message as an .eml file, atomically (a temporary file, then a rename).
func (m *Message) WriteFile(path string) error {
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		return fmt.Errorf("mail: %s: %w", path, err)
	}
	return writeFileAtomic(path, b.Bytes())
}

// writeFileAtomic writes data to path through a temporary file in the same directory.
func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := safefile.WriteAtomic(path, data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// tidyText trims trailing spaces, keeps at most one blank line in a row and ends the text with
// one newline.
func tidyText(s string) string {
	var out []string
	blank := true
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t\u3000")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// ErrNoRecipients is returned when a message has no one to go to.
var ErrNoRecipients = errors.New("no recipients")

var htmlPage = htmltemplate.Must(htmltemplate.New("html").Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{.Subject}}</title>
</head>
<body style="font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif; font-size: 14px; line-height: 1.6;">
{{range .Paras}}<p>{{range $i, $l := .}}{{if $i}}<br>
{{end}}{{$l}}{{end}}</p>
{{end}}{{if .Data.Units}}<table cellpadding="4" cellspacing="0" border="1" style="border-collapse: collapse; border-color: #999;">
<caption style="text-align: left; font-weight: bold; padding: 4px 0;">各单位信息数（{{.Data.Period.Label}}）</caption>
<thead><tr><th>单位</th><th>本期</th>{{if .Data.Previous.Label}}<th>上期</th><th>增减</th>{{end}}</tr></thead>
<tbody>
{{range .Data.Units}}<tr><td>{{.Label}}</td><td align="right">{{.Articles}}</td>{{if $.Data.Previous.Label}}<td align="right">{{.Previous}}</td><td align="right">{{.Delta}}</td>{{end}}</tr>
{{end}}<tr><td><b>合计</b></td><td align="right"><b>{{.Data.Totals.Articles}}</b></td>{{if .Data.Previous.Label}}<td align="right">{{.Data.Totals.Previous}}</td><td align="right">{{.Data.Totals.Delta}}</td>{{end}}</tr>
</tbody>
</table>
{{end}}</body>
</html>
`))

// renderHTML makes the HTML alternative: the text body's paragraphs, then the unit table.
func renderHTML(subject, text string, data Data) (string, error) {
	var paras [][]string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, strings.Split(p, "\n"))
		}
	}
	var b strings.Builder
	err := htmlPage.Execute(&b, struct {
		Subject string
		Paras   [][]string
		Data    Data
	}{subject, paras, data})
	if err != nil {
		return "", fmt.Errorf("mail html: %w", err)
	}
	return b.String(), nil
}
