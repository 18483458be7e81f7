// Package claims extracts attributed claims from Gujarati news (and the English sentences in
// it): who claims what. Each claim has a source (linked to an entity of the entity package when
// it names one, else a descriptor such as "પોલીસ", a pronoun resolved to an earlier source, an
// anonymous or impersonal source), a cue (a reporting verb, an "according to" frame or quote
// marks), the content span, the stance the cue expresses and how far the writer stands behind
// it, and time, frequency, hedges and nesting.
//
// Extract reads an entity.Document and returns claims whose spans are byte offsets into the
// document's original input. The reporting cues are data (cues.tsv, markers.tsv) that a Gujarati
// speaker can review.
package claims

import "github.com/kathan-nlp/kathan/entity"

// Span is a piece of the original input: Input[Start:End] == Text.
type Span = entity.Span

// Source kinds.
const (
	Named      = "named"      // a named entity: વ્હાઇટ હાઉસ, કિર્બી
	Descriptor = "descriptor" // a description that is not a name: પોલીસ, અધિકારીઓ, પશ્ચિમી દેશો
	Pronoun    = "pronoun"    // તેમણે, તેણે: resolved to an earlier source where possible
	Anonymous  = "anonymous"  // સૂત્રો, મળતી માહિતી: a source the writer does not name
	Arbitrary  = "arbitrary"  // કહેવાય છે, મનાય છે: nobody in particular
	None       = "none"       // a passive or a quote with no speaker in reach
)

// Source is who a claim is attributed to. Start, End and Text are empty (and omitted) for the
// kinds that have no words in the text.
type Source struct {
	Start  *int   `json:"start"`
	End    *int   `json:"end"`
	Text   string `json:"text"`
	Entity string `json:"entity"`         // the entity id for a named or resolved source, else ""
	Kind   string `json:"kind"`           // named | descriptor | pronoun | anonymous | arbitrary | none
	Role   string `json:"role,omitempty"` // a title or role before the name: પ્રવક્તા
}

// Claim is one attributed statement.
type Claim struct {
	Source           Source `json:"source"`
	Cue              Span   `json:"cue"`
	Content          Span   `json:"content"`
	Stance           string `json:"stance"`            // said | claim | allegation | confirmation | ...
	WriterCommitment string `json:"writer_commitment"` // committed | neutral | non_committed
	Form             string `json:"form"`              // direct | indirect | according_to | preposed | nominal | impersonal
	Time             *Span  `json:"time"`
	Frequency        *Span  `json:"frequency"`
	Hedges           []Span `json:"hedges"`   // કથિત, કદાચ, સંભવતઃ in the claim's sentence
	Parent           *int   `json:"parent"`   // index of the claim whose content holds this one's cue
	Sentence         int    `json:"sentence"` // index of the sentence that holds the cue

	cueTok, contentFirst, contentLast int // token positions, for nesting and evaluation
}
