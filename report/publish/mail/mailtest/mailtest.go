// Package mailtest runs a real SMTP server (github.com/emersion/go-smtp) on 127.0.0.1 for
// tests: STARTTLS or implicit TLS under a certificate made for the test, AUTH PLAIN, and
// answers chosen by the test (451, 550, ...) at MAIL, RCPT or DATA.
package mailtest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Server is a real SMTP server (github.com/emersion/go-smtp) on 127.0.0.1, with STARTTLS
// (or implicit TLS) under a certificate made for the test, and AUTH PLAIN.
type Server struct {
	Host string
	Port int
	// Roots trusts the server's certificate.
	Roots *x509.CertPool

	mu       sync.Mutex
	user     string
	password string
	// fail, when set, is asked at each command (MAIL, RCPT, DATA) whether to answer with an
	// error; n counts the calls of that command so far, from 1.
	fail     func(cmd string, n int) error
	certPEM  []byte
	calls    map[string]int
	received []Message
	tlsSeen  []bool
}

// Message is one message the server accepted.
type Message struct {
	// From and To are the envelope (MAIL FROM, RCPT TO); Data the message as received.
	From string
	To   []string
	Data []byte
}

// Options changes how a Server started by NewServer behaves; the zero value serves STARTTLS
// and accepts every command.
type Options struct {
	// ImplicitTLS serves TLS from the first byte (SMTPS) instead of STARTTLS.
	ImplicitTLS bool
	// Fail, when set, is asked at each command (MAIL, RCPT, DATA) whether to answer with an
	// error; n counts the calls of that command so far, from 1.
	Fail func(cmd string, n int) error
}

// NewServer starts a server that accepts user/password (with no user, any client may send)
// and stops it when the test ends.
func NewServer(t testing.TB, user, password string, opt Options) *Server {
	t.Helper()
	cert, roots := SelfSigned(t)
	ts := &Server{Roots: roots, certPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]}), user: user, password: password, fail: opt.Fail, calls: map[string]int{}}
	s := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &testSession{ts: ts, conn: c}, nil
	}))
	s.Domain = "localhost"
	s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	s.AllowInsecureAuth = false
	s.ReadTimeout = 10 * time.Second
	s.WriteTimeout = 10 * time.Second
	s.MaxMessageBytes = 10 << 20
	var ln net.Listener
	var err error
	if opt.ImplicitTLS {
		ln, err = tls.Listen("tcp", "127.0.0.1:0", s.TLSConfig)
	} else {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	ts.Host = host
	ts.Port, _ = strconv.Atoi(port)
	go s.Serve(ln)
	t.Cleanup(func() { s.Close() })
	return ts
}

// TLSConfig is a client TLS configuration that trusts the server.
func (ts *Server) TLSConfig() *tls.Config {
	return &tls.Config{RootCAs: ts.Roots, MinVersion: tls.VersionTLS12}
}

// TLSOn reports, for each message accepted, whether it came over TLS.
func (ts *Server) TLSOn() []bool {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]bool(nil), ts.tlsSeen...)
}

// CertPEM is the server's certificate in PEM, for a client's CA file.
func (ts *Server) CertPEM() []byte { return ts.certPEM }

// Messages returns what the server accepted.
func (ts *Server) Messages() []Message {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]Message(nil), ts.received...)
}

func (ts *Server) check(cmd string) error {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.calls[cmd]++
	if ts.fail != nil {
		return ts.fail(cmd, ts.calls[cmd])
	}
	return nil
}

type testSession struct {
	ts     *Server
	conn   *smtp.Conn
	authed bool
	from   string
	to     []string
}

func (s *testSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *testSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != s.ts.user || password != s.ts.password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "authentication failed"}
		}
		s.authed = true
		return nil
	}), nil
}

func (s *testSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.ts.user != "" && !s.authed {
		return smtp.ErrAuthRequired
	}
	if err := s.ts.check("MAIL"); err != nil {
		return err
	}
	s.from = from
	return nil
}

func (s *testSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := s.ts.check("RCPT"); err != nil {
		return err
	}
	s.to = append(s.to, to)
	return nil
}

func (s *testSession) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := s.ts.check("DATA"); err != nil {
		return err
	}
	_, tlsOn := s.conn.TLSConnectionState()
	s.ts.mu.Lock()
	s.ts.received = append(s.ts.received, Message{From: s.from, To: s.to, Data: bytes.Clone(data)})
	s.ts.tlsSeen = append(s.ts.tlsSeen, tlsOn)
	s.ts.mu.Unlock()
	return nil
}

func (s *testSession) Reset()        { s.from, s.to = "", nil }
func (s *testSession) Logout() error { return nil }

// SelfSigned makes a certificate for 127.0.0.1 and a pool that trusts it.
func SelfSigned(t testing.TB) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "jianbao test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(c)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}

// Reply is an SMTP error reply with a code, for Fail functions.
func Reply(code int, msg string) error {
	return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 0, 0}, Message: msg}
}
