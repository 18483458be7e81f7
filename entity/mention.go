package entity

// Mention is one occurrence of a name in the text. Start and End are byte offsets into the
// original input (Document.Input[Start:End] == Text), covering the name without its case
// suffix; RuneStart and RuneEnd are the same span in code points.
type Mention struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	RuneStart int    `json:"rune_start"`
	RuneEnd   int    `json:"rune_end"`
	Text      string `json:"text"`
	Type      Type   `json:"type"`
	Entity    string `json:"entity"`
	Suffix    string `json:"suffix"`          // the case marker fused to the name, "" if none
	Case      Case   `json:"case"`            // the case it marks, "" if none
	Source    string `json:"source"`          // how it was found: lexicon, rule, model
	Rule      string `json:"rule,omitempty"`  // which rule, when Source is "rule"
	Title     string `json:"title,omitempty"` // a title or role right before a person's name

	CStart, CEnd int    `json:"-"` // the name in the analysis text
	First, Last  int    `json:"-"` // tokens [First, Last) holding the name and its suffix
	entry        int32  // lexicon entry, or -1
	name         string // an English name composed by a rule, if any
}

// Entity is a set of mentions in one document that name the same thing.
type Entity struct {
	ID       string `json:"id"`
	Type     Type   `json:"type"`
	Name     string `json:"name"` // canonical English name
	Gu       string `json:"gu"`   // canonical Gujarati form, "" if unknown
	Mentions []int  `json:"mentions"`
}
