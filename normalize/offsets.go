package normalize

import "sort"

// segment maps a run of analysis-text bytes to the original bytes it came from. An identity
// segment was copied byte for byte (cleanLen == origLen); any other segment is a replacement
// (a repaired vowel, a mapped digit, U+FFFD for invalid bytes) and is atomic: no span may start
// or end inside it. Original bytes that belong to no segment were removed (page chrome, zero-width
// characters).
type segment struct {
	clean, orig       int
	cleanLen, origLen int
	identity          bool
}

// OffsetMap maps byte offsets of an analysis text back to the original input. Its zero value maps
// an empty text. It is immutable once built and safe for concurrent use.
type OffsetMap struct {
	segs     []segment
	cleanLen int
	origLen  int
}

// appendIdentity records that n bytes copied from orig follow in the analysis text.
func (m *OffsetMap) appendIdentity(orig, n int) {
	if n == 0 {
		return
	}
	if k := len(m.segs) - 1; k >= 0 {
		s := &m.segs[k]
		if s.identity && s.orig+s.origLen == orig && s.clean+s.cleanLen == m.cleanLen {
			s.cleanLen += n
			s.origLen += n
			m.cleanLen += n
			return
		}
	}
	m.segs = append(m.segs, segment{clean: m.cleanLen, orig: orig, cleanLen: n, origLen: n, identity: true})
	m.cleanLen += n
}

// appendReplace records that cleanN analysis bytes stand for the original bytes [orig, orig+origN).
func (m *OffsetMap) appendReplace(orig, origN, cleanN int) {
	m.segs = append(m.segs, segment{clean: m.cleanLen, orig: orig, cleanLen: cleanN, origLen: origN})
	m.cleanLen += cleanN
}

// truncate drops the mapping of analysis bytes at and after clean and returns the original
// offset where the dropped part began.
func (m *OffsetMap) truncate(clean int) int {
	orig := m.Start(clean)
	for len(m.segs) > 0 {
		s := &m.segs[len(m.segs)-1]
		if s.clean >= clean {
			m.segs = m.segs[:len(m.segs)-1]
			continue
		}
		if s.clean+s.cleanLen > clean {
			// Only identity segments can be cut: a replacement is atomic.
			cut := s.clean + s.cleanLen - clean
			s.cleanLen -= cut
			s.origLen -= cut
		}
		break
	}
	m.cleanLen = clean
	return orig
}

// find returns the index of the segment holding analysis byte i, or -1.
func (m *OffsetMap) find(i int) int {
	k := sort.Search(len(m.segs), func(k int) bool { return m.segs[k].clean+m.segs[k].cleanLen > i })
	if k == len(m.segs) || m.segs[k].clean > i {
		return -1
	}
	return k
}

// Len returns the length of the analysis text the map covers.
func (m *OffsetMap) Len() int { return m.cleanLen }

// Start maps the start of a span at analysis offset i (0 <= i <= Len) to an original offset.
// Offsets past either end are clamped.
func (m *OffsetMap) Start(i int) int {
	if i <= 0 {
		if len(m.segs) == 0 {
			return 0
		}
		return m.segs[0].orig
	}
	if i >= m.cleanLen {
		return m.endOfAll()
	}
	k := m.find(i)
	if k < 0 {
		return m.endOfAll()
	}
	s := m.segs[k]
	if s.identity {
		return s.orig + i - s.clean
	}
	if i == s.clean {
		return s.orig
	}
	return s.orig + s.origLen
}

// End maps the end of a span at analysis offset j (exclusive) to an original offset, so that the
// original span never takes in removed text that follows it.
func (m *OffsetMap) End(j int) int {
	if j <= 0 {
		return m.Start(0)
	}
	if j > m.cleanLen {
		j = m.cleanLen
	}
	k := m.find(j - 1)
	if k < 0 {
		return m.endOfAll()
	}
	s := m.segs[k]
	if s.identity {
		return s.orig + j - s.clean
	}
	if j == s.clean {
		return s.orig
	}
	return s.orig + s.origLen
}

// Span maps the analysis span [start, end) to the original span.
func (m *OffsetMap) Span(start, end int) (int, int) {
	s, e := m.Start(start), m.End(end)
	if e < s {
		e = s
	}
	return s, e
}

func (m *OffsetMap) endOfAll() int {
	if len(m.segs) == 0 {
		return 0
	}
	s := m.segs[len(m.segs)-1]
	return s.orig + s.origLen
}

// compose returns the map from the analysis text of outer (whose "original" is the analysis text
// of m) to the original of m.
func (m *OffsetMap) compose(outer *OffsetMap) *OffsetMap {
	res := &OffsetMap{origLen: m.origLen}
	for _, s := range outer.segs {
		if !s.identity {
			o0, o1 := m.Span(s.orig, s.orig+s.origLen)
			res.appendReplace(o0, o1-o0, s.cleanLen)
			continue
		}
		// An identity run of outer may cross replacement segments of m: split it there.
		pos, end := s.orig, s.orig+s.origLen
		for pos < end {
			k := m.find(pos)
			if k < 0 {
				break
			}
			in := m.segs[k]
			stop := min(end, in.clean+in.cleanLen)
			if in.identity {
				res.appendIdentity(in.orig+pos-in.clean, stop-pos)
			} else {
				res.appendReplace(in.orig, in.origLen, stop-pos)
			}
			pos = stop
		}
	}
	return res
}
