package mail

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strings"
	"syscall"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Result says how a message was delivered.
type Result struct {
	// Server is host:port.
	Server string
	// Attempts counts the tries it took.
	Attempts int
}

// DeliveryError is a failed delivery: the server, what it (or the network) answered, and
// whether the failure was temporary (the retries ran out) or permanent (not retried).
type DeliveryError struct {
	// Server is host:port.
	Server string
	// Attempts counts the tries made.
	Attempts int
	// Temporary is true when the last failure was temporary.
	Temporary bool
	// Code is the server's reply code (451, 550, 535), 0 when it gave none.
	Code int
	// Err is the last failure, with any password scrubbed from its text.
	Err error
}

// Error names the server and the reason.
func (e *DeliveryError) Error() string {
	if e.Temporary {
		return fmt.Sprintf("mail to %s failed after %d attempts: %v", e.Server, e.Attempts, e.Err)
	}
	return fmt.Sprintf("mail to %s failed (permanent, not retried): %v", e.Server, e.Err)
}

// Unwrap returns the last failure.
func (e *DeliveryError) Unwrap() error { return e.Err }

// Check reports settings that cannot work before anything is rendered.
func (s Server) Check() error {
	if strings.TrimSpace(s.Host) == "" {
		return settingError("host", "no server: set the SMTP server's name")
	}
	if s.Port < 0 || s.Port > 65535 {
		return settingError("port", "want a number 1–65535, got %d", s.Port)
	}
	if s.Security == None && s.Username != "" {
		return settingError("security", "none with a username would send the password in clear: use starttls or tls")
	}
	if s.Username == "" && s.Password != "" {
		return settingError("username", "not set, but a password is")
	}
	return nil
}

// Send delivers m, retrying temporary failures as s.Retry says; log, when not nil, is told of
// each retry. A failure is a *DeliveryError.
func (s Server) Send(ctx context.Context, m *Message, log func(string)) (Result, error) {
	if err := s.Check(); err != nil {
		return Result{}, err
	}
	retry := s.Retry.withDefaults()
	res := Result{Server: s.Addr()}
	for attempt := 1; ; attempt++ {
		res.Attempts = attempt
		err := s.try(ctx, m)
		if err == nil || m.msg.IsDelivered() {
			// A failure after the server took the message (RSET, QUIT) is no failure of delivery;
			// retrying would send it twice.
			return res, nil
		}
		derr := s.deliveryError(err, attempt)
		if !derr.Temporary || attempt >= retry.Attempts || ctx.Err() != nil {
			return res, derr
		}
		wait := retry.Wait(attempt)
		if log != nil {
			log(fmt.Sprintf("mail to %s: %v; retrying in %s (attempt %d of %d)", res.Server, derr.Err, wait, attempt+1, retry.Attempts))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			derr.Err = fmt.Errorf("%w (while waiting to retry after: %v)", ctx.Err(), derr.Err)
			return res, derr
		case <-t.C:
		}
	}
}

// try makes one connection and sends m.
func (s Server) try(ctx context.Context, m *Message) error {
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	tc := &tls.Config{MinVersion: tls.VersionTLS12}
	if s.TLS != nil {
		tc = s.TLS.Clone()
	}
	if tc.ServerName == "" {
		tc.ServerName = s.Host
	}
	opts := []gomail.Option{gomail.WithPort(s.port()), gomail.WithTimeout(timeout), gomail.WithTLSConfig(tc)}
	switch s.Security {
	case TLS:
		opts = append(opts, gomail.WithSSL())
	case None:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	}
	if s.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.Username), gomail.WithPassword(s.Password.Reveal()))
	}
	c, err := gomail.NewClient(s.Host, opts...)
	if err != nil {
		return err
	}
	return c.DialAndSendWithContext(ctx, m.msg)
}

// deliveryError classifies err and scrubs the password from it.
func (s Server) deliveryError(err error, attempt int) *DeliveryError {
	d := &DeliveryError{Server: s.Addr(), Attempts: attempt, Temporary: temporary(err), Code: replyCode(err)}
	if text := scrub(err.Error(), s.Username, s.Password); text != err.Error() {
		d.Err = errors.New(text)
	} else {
		d.Err = err
	}
	return d
}

// temporary reports whether err is worth retrying: a 4xx reply, a refused or reset
// connection, a time-out, a server that hung up.
func temporary(err error) bool {
	if code := replyCode(err); code != 0 {
		return code/100 == 4
	}
	var se *gomail.SendError
	if errors.As(err, &se) && se.IsTemp() {
		return true
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	for _, errno := range []syscall.Errno{syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.ECONNABORTED,
		syscall.EHOSTUNREACH, syscall.ENETUNREACH, syscall.EPIPE, syscall.ETIMEDOUT} {
		if errors.Is(err, errno) {
			return true
		}
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.IsTemporary || dns.IsTimeout
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// replyCode is the SMTP reply code inside err, 0 when there is none.
func replyCode(err error) int {
	var tp *textproto.Error
	if errors.As(err, &tp) {
		return tp.Code
	}
	var se *gomail.SendError
	if errors.As(err, &se) {
		if c := se.ErrorCode(); c >= 400 && c < 600 {
			return c
		}
	}
	return 0
}

// scrub replaces the password, and the forms an authentication exchange carries it in, by ***.
func scrub(text, user string, pw Secret) string {
	p := pw.Reveal()
	if p == "" {
		return text
	}
	b64 := base64.StdEncoding.EncodeToString
	forms := []string{b64([]byte("\x00" + user + "\x00" + p)), b64([]byte(p)), p}
	for _, f := range forms {
		text = strings.ReplaceAll(text, f, "***")
	}
	return text
}
