package docx

import "testing"

// TestEsc: XML's special characters are escaped, characters XML 1.0 refuses are dropped, bytes
// that are not UTF-8 become U+FFFD, and clean text passes as it is.
func TestEsc(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", ""},
		{"东湖大学2021年工作总结", "东湖大学2021年工作总结"},
		{`a<b>&"c"`, "a&lt;b&gt;&amp;&quot;c&quot;"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\r"},
		{"bell\x07nul\x00x", "bellnulx"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"keep\uFFFDit", "keep\uFFFDit"},
		{"no\uFFFEnon\uFFFFchar", "nononchar"},
		{"会议<纪要>", "会议&lt;纪要&gt;"},
	}
	for _, tt := range tests {
		if got := esc(tt.in); got != tt.want {
			t.Errorf("esc(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
