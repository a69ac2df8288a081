package reader

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestSchemaMatchesReader keeps schema/summary.schema.json in step with the fields the reader accepts.
func TestSchemaMatchesReader(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../schema/summary.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Required   []string                   `json:"required"`
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	var props []string
	for k := range s.Properties {
		props = append(props, k)
	}
	sort.Strings(props)
	fields := append([]string(nil), Fields...)
	sort.Strings(fields)
	if strings.Join(props, ",") != strings.Join(fields, ",") {
		t.Errorf("schema properties %v, reader fields %v", props, fields)
	}
	if strings.Join(s.Required, ",") != strings.Join(Required, ",") {
		t.Errorf("schema requires %v, reader %v", s.Required, Required)
	}
}
