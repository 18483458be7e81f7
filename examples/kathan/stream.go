package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan"
	"github.com/kathan-nlp/kathan/claims"
	"github.com/kathan-nlp/kathan/entity"
)

// Files larger than streamThreshold are analyzed in chunks of about chunkSize bytes, cut at line
// breaks, so that memory stays bounded whatever the size of the file. Each chunk is analyzed on
// its own (entities are linked within a chunk, then merged across chunks by type and canonical
// name), and the JSON object is written as it goes: "mentions" first, then "claims" (kept in a
// temporary file meanwhile), "entities" and "warnings". Offsets are those of the whole file.
const (
	streamThreshold = 8 << 20
	chunkSize       = 2 << 20
	maxLineOverrun  = 1 << 20 // how far past chunkSize a chunk may run to end at a line break
)

// writeResult writes the JSON object of one file to w, on one line.
func writeResult(path string, w io.Writer) error {
	info, err := os.Stat(path)
	if err != nil {
		return reason(err)
	}
	if info.Size() <= streamThreshold {
		res, err := analyzeFile(path)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	return streamFile(path, info.Size(), w)
}

type globalEntity struct {
	e        entity.Entity
	mentions []int
}

// streamFile analyzes a large file chunk by chunk and writes its JSON object to w.
func streamFile(path string, size int64, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return reason(err)
	}
	defer f.Close()
	claimsTmp, err := os.CreateTemp("", "kathan-claims-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(claimsTmp.Name())
	defer claimsTmp.Close()

	out := bufio.NewWriterSize(w, 1<<16)
	cw := bufio.NewWriterSize(claimsTmp, 1<<16)
	fmt.Fprintf(out, `{"file":%s,"bytes":%d,"mentions":[`, quote(path), size)
	var (
		warnings         []string
		ents             []*globalEntity
		byName           = map[string]int{}
		base, runeBase   int
		nMentions, nClms int
		nSentences       int
		r                = bufio.NewReaderSize(f, 1<<16)
		buf              []byte
	)
	for {
		chunk, cut, err := readChunk(r, buf[:0])
		buf = chunk
		if len(chunk) == 0 && err != nil {
			if err == io.EOF {
				break
			}
			return err
		}
		if bytes.IndexByte(chunk, 0) >= 0 {
			return fmt.Errorf("%w (at or after byte %d)", errBinary, base)
		}
		if cut {
			warnings = append(warnings, fmt.Sprintf("no line break within %d bytes: input split at byte %d", chunkSize+maxLineOverrun, base+len(chunk)))
		}
		d, aerr := entity.New().Analyze(string(chunk))
		if aerr != nil {
			return aerr
		}
		res := kathan.FromDocument(d)
		for _, wmsg := range res.Warnings {
			warnings = append(warnings, "chunk at byte "+strconv.Itoa(base)+": "+wmsg)
		}
		// Entities: merge by type and canonical name across chunks.
		local := map[string]string{}
		for _, e := range res.Entities {
			key := string(e.Type) + "|" + e.Name
			gi, ok := byName[key]
			if !ok {
				gi = len(ents)
				byName[key] = gi
				ge := &globalEntity{e: e}
				ge.e.ID = "e" + strconv.Itoa(gi+1)
				ge.e.Mentions = nil
				ents = append(ents, ge)
			}
			local[e.ID] = ents[gi].e.ID
			for _, mi := range e.Mentions {
				ents[gi].mentions = append(ents[gi].mentions, nMentions+mi)
			}
		}
		for _, m := range res.Mentions {
			m.Start += base
			m.End += base
			m.RuneStart += runeBase
			m.RuneEnd += runeBase
			m.Entity = local[m.Entity]
			if err := writeItem(out, nMentions > 0, m); err != nil {
				return err
			}
			nMentions++
		}
		for _, c := range res.Claims {
			shiftClaim(&c, base, nClms, nSentences)
			c.Source.Entity = local[c.Source.Entity]
			if err := writeItem(cw, nClms > 0, c); err != nil {
				return err
			}
			nClms++
		}
		nSentences += len(d.Sentences)
		base += len(chunk)
		runeBase += utf8.RuneCount(chunk)
		if err == io.EOF {
			break
		}
	}
	out.WriteString(`],"claims":[`)
	if err := cw.Flush(); err != nil {
		return err
	}
	if _, err := claimsTmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.Copy(out, claimsTmp); err != nil {
		return err
	}
	out.WriteString(`],"entities":[`)
	for i, ge := range ents {
		ge.e.Mentions = ge.mentions
		if err := writeItem(out, i > 0, ge.e); err != nil {
			return err
		}
	}
	out.WriteString(`],"warnings":`)
	if warnings == nil {
		warnings = []string{}
	}
	if err := writeItem(out, false, warnings); err != nil {
		return err
	}
	out.WriteString("}\n")
	return out.Flush()
}

// readChunk reads about chunkSize bytes, then up to the next line break (or maxLineOverrun more
// bytes, in which case cut is true and the chunk ends at a UTF-8 boundary).
func readChunk(r *bufio.Reader, buf []byte) (chunk []byte, cut bool, err error) {
	for len(buf) < chunkSize {
		b, e := r.ReadSlice('\n')
		buf = append(buf, b...)
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil {
			return buf, false, e
		}
	}
	for len(buf) < chunkSize+maxLineOverrun {
		b, e := r.ReadSlice('\n')
		buf = append(buf, b...)
		if e == nil {
			return buf, false, nil
		}
		if e != bufio.ErrBufferFull {
			return buf, false, e
		}
	}
	if _, e := r.Peek(1); e == io.EOF {
		return buf, false, io.EOF // the file ends here: nothing was cut
	}
	// No line break: cut at a rune start and push the tail back.
	end := len(buf)
	i := end - 1
	for i > 0 && end-i < utf8.UTFMax && !utf8.RuneStart(buf[i]) {
		i--
	}
	if !utf8.FullRune(buf[i:end]) {
		end = i // the last rune is incomplete: it goes to the next chunk whole
	}
	tail := append([]byte(nil), buf[end:]...)
	rest := new(bufio.Reader)
	*rest = *r
	*r = *bufio.NewReaderSize(io.MultiReader(bytes.NewReader(tail), rest), 1<<16)
	return buf[:end], true, nil
}

func shiftClaim(c *claims.Claim, base, claimBase, sentenceBase int) {
	shift := func(s *entity.Span) {
		if s != nil && (s.End > 0 || s.Text != "") {
			s.Start += base
			s.End += base
		}
	}
	shift(&c.Cue)
	shift(&c.Content)
	shift(c.Time)
	shift(c.Frequency)
	for i := range c.Hedges {
		shift(&c.Hedges[i])
	}
	if c.Source.Start != nil {
		s, e := *c.Source.Start+base, *c.Source.End+base
		c.Source.Start, c.Source.End = &s, &e
	}
	if c.Parent != nil {
		p := *c.Parent + claimBase
		c.Parent = &p
	}
	c.Sentence += sentenceBase
}

func writeItem(w *bufio.Writer, comma bool, v any) error {
	if comma {
		w.WriteByte(',')
	}
	b, err := marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// marshal encodes v as JSON without escaping <, > and & (the text is news, not HTML).
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
}

func quote(s string) string {
	b, _ := marshal(s)
	return string(b)
}
