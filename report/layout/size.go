package layout

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Size is a font size in points; YAML may give a number or a Chinese size name.
type Size float64

// chineseSizes are the traditional Chinese type sizes in points.
var chineseSizes = map[string]float64{
	"初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16,
	"小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5, "小六": 6.5,
}

// ParseSize reads "16", "16pt" or a Chinese size name such as 三号.
func ParseSize(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if v, ok := chineseSizes[s]; ok {
		return v, nil
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "pt"), 64)
	if err != nil || !(v > 0 && v <= 200) { // NaN fails both comparisons
		return 0, fmt.Errorf("size %q: want points (16) or a Chinese size name (三号)", s)
	}
	return v, nil
}

// UnmarshalYAML reads a number or a size name.
func (s *Size) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseSize(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*s = Size(v)
	return nil
}

// paperSizes are page sizes in millimetres.
var paperSizes = map[string][2]float64{
	"A4": {210, 297}, "A3": {297, 420}, "A5": {148, 210}, "B5": {176, 250}, "16K": {185, 260},
}
