// Package cjk holds the Chinese layout rules jianbao's typesetter follows: line break
// opportunities (UAX #14 from go-text/typesetting's segmenter, at Unicode 17, tailored by the
// W3C clreq line-start and line-end prohibitions), punctuation classes for compression, and the
// Han/Latin boundary where a quarter em of space goes.
package cjk

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

// NoStart lists the characters that must not begin a line: clreq's basic level with the GB
// additions (分隔号, 连接号, 间隔号), and its strict level's 破折号 and 省略号, full-width and ASCII.
const NoStart = "、，。．：；！？‼⁇）〕】〗］｝》〉」』”’～·・‧／–—…⋯\u2e3a%),.:;!?]}" + "\u30fc\u3005\u309d\u309e\u30fd\u30fe"

// NoEnd lists the characters that must not end a line: opening brackets, quotes and
// book-title marks.
const NoEnd = "（〔【〖［｛《〈「『“‘([{"

// Unbreakable pairs are marks that span two ems and must not be split: —— and …… (and ⋯⋯).
var unbreakable = []rune{'—', '…', '⋯', '\u2e3a'}

// CannotStart reports whether r may not begin a line.
func CannotStart(r rune) bool { return noStart.has(r) }

// CannotEnd reports whether r may not end a line.
func CannotEnd(r rune) bool { return noEnd.has(r) }

// runeSet is a set of characters of the Basic Multilingual Plane (the marks these rules name),
// one bit each: the typesetter asks for every character of every paragraph.
type runeSet [0x10000 / 64]uint64

func setOf(chars string) *runeSet {
	s := new(runeSet)
	for _, r := range chars {
		s[r>>6] |= 1 << (r & 63)
	}
	return s
}

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(r&63)) != 0
}

var (
	noStart = setOf(NoStart)
	noEnd   = setOf(NoEnd)
	closing = setOf(closingChars)
	opening = setOf(openingChars)
)

// Breaks returns allowed[i] for i in 0..len(text): whether a line may break before text[i].
// allowed[0] and allowed[len(text)] are true. The segmenter's opportunities are kept only where
// neither neighbour forbids them, never inside —— or ……, and never inside a number phrase
// (numbers.go: 80余人, 2021年7月9日, 10.15–10.21).
func Breaks(text []rune) []bool { return AppendBreaks(nil, text) }

// AppendBreaks is Breaks appending the answers to dst, for a caller that reuses one slice for
// many texts.
func AppendBreaks(dst []bool, text []rune) []bool { return appendBreaks(dst, text, nil) }

// Breaker answers as Breaks does, remembering the opportunities of the short pieces of text it
// has met itself, without a lock: a goroutine that breaks many paragraphs keeps one (it is not
// safe for concurrent use). The zero value is ready to use.
type Breaker struct {
	short map[uint64]uint8 // the pieces of two or three characters (shortKey) -> pieceMemo's bits
	seg   segmenter.Segmenter
}

// AppendBreaks is AppendBreaks with what b remembers.
func (b *Breaker) AppendBreaks(dst []bool, text []rune) []bool { return appendBreaks(dst, text, b) }

// shortKey packs a piece of two or three valid characters into a key; ok is false for another.
func shortKey(piece []rune) (key uint64, ok bool) {
	if len(piece) > 3 {
		return 0, false
	}
	for i, r := range piece {
		if !utf8.ValidRune(r) {
			return 0, false
		}
		key |= uint64(r+1) << (21 * i) // r+1 < 1<<21; 0 marks no character
	}
	return key, true
}

func appendBreaks(dst []bool, text []rune, b *Breaker) []bool {
	from := len(dst)
	dst = slices.Grow(dst, len(text)+1)[:from+len(text)+1]
	allowed := dst[from:]
	clear(allowed)
	allowed[0], allowed[len(text)] = true, true
	if len(text) == 0 {
		return dst
	}
	opportunities(text, allowed, b)
	keepNumbers(text, allowed)
	for i := 1; i < len(text); i++ {
		if !allowed[i] {
			continue
		}
		prev, next := text[i-1], text[i]
		if isIdeograph(prev) && isIdeograph(next) {
			// No ideograph is a mark that may not start or end a line, nor a space.
			continue
		}
		switch {
		case CannotStart(next), CannotEnd(prev):
			allowed[i] = false
		case prev == next && slices.Contains(unbreakable, prev):
			allowed[i] = false
		case unicode.IsSpace(next) && next != '\u3000':
			// Break after spaces, not before them: the space stays at the line's end.
			allowed[i] = false
		}
	}
	return dst
}

// opportunities sets allowed[i] (0 < i < len(text)) where UAX #14, as go-text's segmenter
// implements it, allows a line break before text[i]. Between two ideographs of the CJK Unified
// Ideographs blocks (line break class ID) a break is always allowed, whatever stands around
// them: no rule of UAX #14 forbids ID ÷ ID, and the rules that look further (through spaces or
// combining marks, or ahead to a number) cannot look past an ideograph. So the segmenter runs
// only on the pieces between such pairs (most of a Chinese paragraph is pairs of ideographs,
// and the segmenter also works out grapheme and word boundaries for every character): the same
// opportunities (TestOpportunitiesMatchSegmenter, FuzzOpportunities), at a third of the cost.
//
// With b not nil, the pieces of two or three characters are looked up first in what b
// remembers, and b's segmenter is used.
func opportunities(text []rune, allowed []bool, b *Breaker) {
	var own segmenter.Segmenter
	seg := &own
	if b != nil {
		seg = &b.seg
	}
	start := 0
	for i := 1; i <= len(text); i++ {
		if i < len(text) && !(isIdeograph(text[i-1]) && isIdeograph(text[i])) {
			continue
		}
		if i-start >= 2 {
			piece := text[start:i]
			key, short := uint64(0), false
			if b != nil {
				key, short = shortKey(piece)
			}
			var bits uint8
			known := false
			if short {
				bits, known = b.short[key]
			}
			if known {
				for k := 1; k < len(piece); k++ {
					if bits&(1<<k) != 0 {
						allowed[start+k] = true
					}
				}
			} else {
				if !pieces.lookup(piece, allowed[start:]) {
					segment(seg, piece, allowed[start:])
					pieces.remember(piece, allowed[start:])
				}
				if short && len(b.short) < maxPieces {
					if b.short == nil {
						b.short = map[uint64]uint8{}
					}
					bits = 0
					for k := 1; k < len(piece); k++ {
						if allowed[start+k] {
							bits |= 1 << k
						}
					}
					b.short[key] = bits
				}
			}
		}
		if i < len(text) {
			allowed[i] = true
		}
		start = i
	}
}

// pieceMemo remembers the opportunities of the short pieces opportunities hands the segmenter
// (a piece's opportunities depend on the piece alone): the same few thousand pieces (学，中 and
// 年7月) come back in every paragraph. It is safe for concurrent use; it stops growing at
// maxPieces entries.
type pieceMemo struct {
	mu sync.RWMutex
	m  map[string]uint8 // the piece in UTF-8 -> bit i set when a break is allowed before its rune i
}

// maxPieceRunes is the longest piece remembered (the bits of a uint8 past the first rune) and
// maxPieces the most pieces.
const (
	maxPieceRunes = 8
	maxPieces     = 1 << 16
)

var pieces = pieceMemo{m: map[string]uint8{}}

// pieceKey writes piece in UTF-8 into buf, or returns false when it is too long to remember.
func pieceKey(buf *[maxPieceRunes * utf8.UTFMax]byte, piece []rune) ([]byte, bool) {
	if len(piece) > maxPieceRunes {
		return nil, false
	}
	k := buf[:0]
	for _, r := range piece {
		if !utf8.ValidRune(r) {
			return nil, false // it would be written as U+FFFD, like another piece
		}
		k = utf8.AppendRune(k, r)
	}
	return k, true
}

// lookup sets allowed[i] (0 < i < len(piece)) from the remembered piece, and reports whether
// it was remembered.
func (pm *pieceMemo) lookup(piece []rune, allowed []bool) bool {
	var buf [maxPieceRunes * utf8.UTFMax]byte
	k, ok := pieceKey(&buf, piece)
	if !ok {
		return false
	}
	pm.mu.RLock()
	bits, ok := pm.m[string(k)]
	pm.mu.RUnlock()
	if !ok {
		return false
	}
	for i := 1; i < len(piece); i++ {
		if bits&(1<<i) != 0 {
			allowed[i] = true
		}
	}
	return true
}

// remember keeps the opportunities allowed[1:len(piece)] of piece.
func (pm *pieceMemo) remember(piece []rune, allowed []bool) {
	var buf [maxPieceRunes * utf8.UTFMax]byte
	k, ok := pieceKey(&buf, piece)
	if !ok {
		return
	}
	var bits uint8
	for i := 1; i < len(piece); i++ {
		if allowed[i] {
			bits |= 1 << i
		}
	}
	pm.mu.Lock()
	if len(pm.m) < maxPieces {
		pm.m[string(k)] = bits
	}
	pm.mu.Unlock()
}

// segment sets allowed[i] (0 < i < len(text)) where the segmenter allows a line break in text.
func segment(seg *segmenter.Segmenter, text []rune, allowed []bool) {
	seg.Init(text)
	it := seg.LineIterator()
	for it.Next() {
		l := it.Line()
		if l.Offset > 0 && l.Offset < len(text) {
			allowed[l.Offset] = true
		}
	}
}

// isIdeograph reports whether r is in the CJK Unified Ideographs block or its Extension A: line
// break class ID, every code point assigned.
func isIdeograph(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF }

// IsWide reports whether r is set on the em grid: Han characters, kana, Hangul, full-width
// forms and CJK punctuation.
func IsWide(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r),
		unicode.Is(unicode.Hangul, r):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·' || r == '⋯':
		// In Chinese text these take full-width glyphs from the CJK font.
		return true
	}
	return false
}

// HalfCell reports whether r, a wide mark, is set in half an em: the interpuncts (间隔号), which
// clreq sets at a fixed half em (#h-punctuation_adjustment_space).
func HalfCell(r rune) bool { return r == '·' || r == '‧' || r == '・' }

// IsHan reports whether r is a Han character (ideograph).
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// IsLatin reports whether r is a Latin letter or digit, the kind of character that gets a
// quarter em from Han characters beside it.
func IsLatin(r rune) bool {
	return r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !IsWide(r)
}

// ClosingPunct reports whether r is a full-width mark whose ink sits in the left half of its em
// box (GB glyph positions), so its right half may be squeezed: stops, commas, closing brackets.
func ClosingPunct(r rune) bool { return closing.has(r) }

const (
	closingChars = "、，。．：；！？）〕】〗］｝》〉」』”’"
	openingChars = "（〔【〖［｛《〈「『“‘"
)

// OpeningPunct reports whether r is a full-width mark whose ink sits in the right half: opening
// brackets and quotes, whose left half may be squeezed.
func OpeningPunct(r rune) bool { return opening.has(r) }

// HangsAtEnd reports whether r, at the end of a line, may be set at half width (GB/T 15834
// 5.1.10: a full-width mark at line end takes half width).
func HangsAtEnd(r rune) bool { return ClosingPunct(r) }
