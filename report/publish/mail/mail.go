// Package mail delivers a rendered digest as one e-mail message through SMTP (with
// github.com/wneessen/go-mail), or writes that exact message as an .eml file for a dry run.
//
// A message carries a plain-text body, an HTML alternative (the body's paragraphs and the unit
// table) and every rendered file as an attachment, with Chinese subjects and file names encoded
// as RFC 2047 words and RFC 2231 parameters. Send retries temporary failures (connection refused,
// time-outs, 4xx replies) with a bounded backoff and stops at once on permanent ones (5xx, failed
// authentication). The password is a Secret: it prints as "***" and is scrubbed from errors.
package mail

import (
	"crypto/tls"
	"fmt"
	"strings"
	"time"
)

// SettingError is a mail setting that cannot work. Key names it as jianbao.yaml's mail:
// section spells it (host, port, from, to, subject, ...), so that a caller can point at it.
type SettingError struct {
	Key string
	Err error
}

// Error names the setting by its path (mail.port) and says what is wrong.
func (e *SettingError) Error() string { return "mail." + e.Key + ": " + e.Err.Error() }

// Unwrap returns the problem.
func (e *SettingError) Unwrap() error { return e.Err }

// settingError is a *SettingError for key, its message made as fmt.Errorf makes one.
func settingError(key, format string, args ...any) error {
	return &SettingError{Key: key, Err: fmt.Errorf(format, args...)}
}

// Security says how the connection to the server is protected.
type Security int

const (
	// StartTLS connects in clear and upgrades with STARTTLS before anything else; the upgrade
	// is mandatory (default port 587).
	StartTLS Security = iota
	// TLS connects with implicit TLS (SMTPS, default port 465).
	TLS
	// None sends in clear (default port 25); meant for a relay on the local network. A
	// password is never sent over such a connection.
	None
)

// String returns the name used in jianbao.yaml.
func (s Security) String() string {
	switch s {
	case StartTLS:
		return "starttls"
	case TLS:
		return "tls"
	case None:
		return "none"
	}
	return fmt.Sprintf("Security(%d)", int(s))
}

// ParseSecurity reads starttls, tls (or ssl) and none; empty means starttls.
func ParseSecurity(s string) (Security, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "starttls":
		return StartTLS, nil
	case "tls", "ssl", "smtps":
		return TLS, nil
	case "none", "plain":
		return None, nil
	}
	return 0, settingError("security", "want starttls, tls or none, got %q", s)
}

// DefaultPort is the usual port for a security setting.
func (s Security) DefaultPort() int {
	switch s {
	case TLS:
		return 465
	case None:
		return 25
	}
	return 587
}

// Secret is a password. It formats as "***" however it is printed (fmt verbs, JSON, YAML), so
// that it cannot reach output, logs or errors by accident; Reveal gives the real value.
type Secret string

// String returns "***" (or "" for no password).
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "***"
}

// GoString returns the same as String, for %#v.
func (s Secret) GoString() string { return s.String() }

// MarshalText returns the same as String, so encoders never see the password.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Reveal returns the password itself, for the SMTP client only.
func (s Secret) Reveal() string { return string(s) }

// Server is an SMTP server and how to reach it.
type Server struct {
	// Host is the server's name or address.
	Host string
	// Port is the server's port; 0 means the security setting's default.
	Port int
	// Security is how the connection is protected.
	Security Security
	// Username and Password authenticate (AUTH); no Username means no authentication.
	Username string
	Password Secret
	// Timeout bounds each connection attempt and each command; 0 means DefaultTimeout (30
	// seconds).
	Timeout time.Duration
	// TLS is the TLS configuration; nil means the system's roots and Host as server name.
	TLS *tls.Config
	// Retry says how temporary failures are retried.
	Retry Retry
}

// Addr is host:port, as errors name the server.
func (s Server) Addr() string {
	return fmt.Sprintf("%s:%d", s.Host, s.port())
}

func (s Server) port() int {
	if s.Port != 0 {
		return s.Port
	}
	return s.Security.DefaultPort()
}

// The defaults of a Server's zero Timeout and Retry fields.
const (
	// DefaultTimeout bounds each connection attempt and each command.
	DefaultTimeout = 30 * time.Second
	// DefaultAttempts is the number of tries in all.
	DefaultAttempts = 4
	// DefaultRetryWait is the wait before the first retry, DefaultRetryMax caps the doubled
	// waits after it.
	DefaultRetryWait = 10 * time.Second
	DefaultRetryMax  = 2 * time.Minute
)

// Retry bounds the retries of temporary failures: at most Attempts tries in all, waiting
// Initial before the second, doubling up to Max between later ones.
type Retry struct {
	// Attempts is the number of tries in all; 0 means DefaultAttempts (4), 1 means no retry.
	Attempts int
	// Initial is the wait before the first retry; 0 means DefaultRetryWait (10 seconds).
	Initial time.Duration
	// Max caps the wait between tries; 0 means DefaultRetryMax (2 minutes).
	Max time.Duration
}

// withDefaults fills the zero fields.
func (r Retry) withDefaults() Retry {
	if r.Attempts <= 0 {
		r.Attempts = DefaultAttempts
	}
	if r.Initial <= 0 {
		r.Initial = DefaultRetryWait
	}
	if r.Max <= 0 {
		r.Max = DefaultRetryMax
	}
	if r.Max < r.Initial {
		r.Max = r.Initial
	}
	return r
}

// Wait is the pause before try number n+1 (n counts from 1).
func (r Retry) Wait(n int) time.Duration {
	r = r.withDefaults()
	d := r.Initial
	for i := 1; i < n && d < r.Max; i++ {
		d *= 2
	}
	return min(d, r.Max)
}
