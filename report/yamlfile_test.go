package report

import (
	"strings"
	"testing"
	"time"
)

// TestDecodeYAMLTypeErrors: a value of the wrong kind is named by file, line and key path, with
// what the key wants in a configuration's words (no Go type).
func TestDecodeYAMLTypeErrors(t *testing.T) {
	type section struct {
		Port  int           `yaml:"port"`
		Wait  time.Duration `yaml:"wait"`
		On    bool          `yaml:"on"`
		To    []string      `yaml:"to"`
		Ratio float64       `yaml:"ratio"`
	}
	type file struct {
		Mail  section   `yaml:"mail"`
		Items []section `yaml:"items"`
	}
	tests := []struct{ name, text, want string }{
		{"number", "mail:\n  port: abc\n", `c.yaml:2: mail.port: want a whole number, got "abc"`},
		{"long value", "mail:\n  port: abcdefghijklmnop\n", `c.yaml:2: mail.port: want a whole number, got "abcdefghijklmnop"`},
		{"duration", "mail:\n  wait: 3 days\n", `c.yaml:2: mail.wait: want a duration such as 30s, 5m or 1h, got "3 days"`},
		{"bool", "mail:\n  on: maybe\n", `c.yaml:2: mail.on: want true or false, got "maybe"`},
		{"float", "mail:\n  ratio: half\n", `c.yaml:2: mail.ratio: want a number, got "half"`},
		{"list", "mail:\n  to: {a: b}\n", `c.yaml:2: mail.to: want a list, got a section of keys`},
		{"section", "mail: [1]\n", `c.yaml:1: mail: want a section of keys (key: value), got a list`},
		{"flow", "mail: {port: 25, wait: soon}\n", `c.yaml:1: mail.wait: want a duration such as 30s, 5m or 1h, got "soon"`},
		{"in a list", "items:\n  - port: 25\n  - port: x\n", `c.yaml:3: items[1].port: want a whole number, got "x"`},
		{"unknown key", "mail:\n  port: 1\n  porrt: 25\n", `c.yaml:3: mail.porrt: unknown key`},
		{"two", "mail:\n  port: a\n  on: b\n", "c.yaml:2: mail.port: want a whole number, got \"a\"\nc.yaml:3: mail.on: want true or false, got \"b\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f file
			err := DecodeYAML("c.yaml", []byte(tt.text), &f)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "unmarshal") {
				t.Errorf("the YAML library's words: %v", err)
			}
		})
	}
}
