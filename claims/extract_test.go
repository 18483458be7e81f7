package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kathan-nlp/kathan/entity"
)

// TestConstructions checks reporting constructions one at a time, on sentences written for the
// test (not taken from the fixtures).
func TestConstructions(t *testing.T) {
	type got struct{ Source, Cue, Stance, Content string }
	tests := []struct {
		name, text string
		want       []got
	}{
		{"subject, cue, કે", "મંત્રીએ કહ્યું કે બજેટ સંતુલિત છે.",
			[]got{{"મંત્રી", "કહ્યું", "said", "બજેટ સંતુલિત છે"}}},
		{"preposed with એમ", "નવો પુલ માર્ચ સુધીમાં તૈયાર થશે, એમ રમેશ પટેલે ઉમેર્યું હતું.",
			[]got{{"રમેશ પટેલ", "ઉમેર્યું હતું", "said", "નવો પુલ માર્ચ સુધીમાં તૈયાર થશે"}}},
		{"preposed with a title between એમ and the source", "નવો પુલ માર્ચ સુધીમાં તૈયાર થશે, એમ કમિશનર રમેશ પટેલે ઉમેર્યું હતું.",
			[]got{{"રમેશ પટેલ", "ઉમેર્યું હતું", "said", "નવો પુલ માર્ચ સુધીમાં તૈયાર થશે"}}},
		{"preposed with a particle between", "ભારત દબાણમાં નીતિ નહીં બદલે, એમ પણ તેમણે સ્પષ્ટ કર્યું હતું.",
			[]got{{"તેમણે", "સ્પષ્ટ કર્યું હતું", "said", "ભારત દબાણમાં નીતિ નહીં બદલે"}}},
		{"nominal with the source after હોવાનું", "ગામમાં પાણી દૂષિત હોવાનું ગ્રામજનોએ જણાવ્યું હતું.",
			[]got{{"ગ્રામજનો", "જણાવ્યું હતું", "said", "ગામમાં પાણી દૂષિત"}}},
		{"nominal denial with an adverb before the cue", "મેયરે ભ્રષ્ટાચાર થયો હોવાનો સ્પષ્ટ ઇનકાર કર્યો હતો.",
			[]got{{"મેયર", "ઇનકાર કર્યો હતો", "denial", "ભ્રષ્ટાચાર થયો"}}},
		{"nominal allegation with the source inside the cue", "શાળાઓ વધુ ફી વસૂલી રહી હોવાનો આક્ષેપ વાલીઓએ કર્યો છે.",
			[]got{{"વાલીઓ", "આક્ષેપ", "allegation", "શાળાઓ વધુ ફી વસૂલી રહી"}}},
		{"a content closed by તેવી before a nominal cue", "બોર્ડે પરીક્ષા માર્ચમાં લેવાશે તેવી જાહેરાત કરી છે.",
			[]got{{"બોર્ડ", "જાહેરાત કરી છે", "announcement", "પરીક્ષા માર્ચમાં લેવાશે"}}},
		{"જો કે opens no clause", "ડેરીના સંચાલકોએ જો કે, ભાવ ઓછો હોવાના આક્ષેપોને નકારી કાઢ્યા હતા.",
			[]got{{"ડેરીના સંચાલકો", "નકારી કાઢ્યા હતા", "denial", "ભાવ ઓછો હોવાના આક્ષેપોને"}}},
		{"a headline: the source's noun of a cue, a colon, a quote", "બજેટ પર ચર્ચા, શક્તિસિંહ ગોહિલનો આક્ષેપ: “ખેડૂતોની અવગણના થઈ”",
			[]got{{"શક્તિસિંહ ગોહિલ", "આક્ષેપ", "allegation", "ખેડૂતોની અવગણના થઈ"}}},
		{"a demand with an infinitive clause", "કલેક્ટરે લોકોને નદીકાંઠે ન જવા અપીલ કરી હતી.",
			[]got{{"કલેક્ટર", "અપીલ કરી હતી", "demand", "લોકોને નદીકાંઠે ન જવા"}}},
		{"an allegation with the accused between content and cue", "તેમણે ભાવ વધારવાનો વેપારીઓ પર આરોપ મૂક્યો હતો.",
			[]got{{"તેમણે", "આરોપ મૂક્યો હતો", "allegation", "ભાવ વધારવાનો"}}},
		{"a habitual allegation, feminine", "કોંગ્રેસ વર્ષોથી આક્ષેપ કરતી આવી છે કે ટેન્ડરમાં ગેરરીતિ થાય છે.",
			[]got{{"કોંગ્રેસ", "આક્ષેપ કરતી આવી છે", "allegation", "ટેન્ડરમાં ગેરરીતિ થાય છે"}}},
		{"an impersonal belief with preposed content", "આ વખતે પાક સારો થશે તેવું મનાય છે.",
			[]got{{"", "તેવું મનાય છે", "belief", "આ વખતે પાક સારો થશે"}}},
		{"a quote, then the source's title", "“શહેરમાં પાણીની અછત નહીં થાય,” મેયર ભાનુબેન સોરાણીએ કહ્યું હતું.",
			[]got{{"ભાનુબેન સોરાણી", "કહ્યું હતું", "said", "શહેરમાં પાણીની અછત નહીં થાય"}}},
		{"preposed content, then the source's title", "કામ સમયસર પૂરું થશે, કમિશનર અમિત અરોરાએ કહ્યું.",
			[]got{{"અમિત અરોરા", "કહ્યું", "said", "કામ સમયસર પૂરું થશે"}}},
		{"a denial of a bare plural object", "સરપંચે વિપક્ષના તમામ આરોપો ફગાવી દીધા હતા.",
			[]got{{"સરપંચ", "ફગાવી દીધા હતા", "denial", "વિપક્ષના તમામ આરોપો"}}},
		{"words of circumstance between the source after એમ and the cue", "“ડેમ ભરાઈ જશે,” એમ ઇજનેરે પત્રકારો સાથેની વાતચીતમાં કહ્યું હતું.",
			[]got{{"ઇજનેર", "કહ્યું હતું", "said", "ડેમ ભરાઈ જશે"}}},
		{"an anonymity phrase between source and cue", "બેંકના એક અધિકારીએ નામ ન આપવાની શરતે જણાવ્યું કે ધિરાણ બંધ છે.",
			[]got{{"બેંકના એક અધિકારી", "જણાવ્યું", "said", "ધિરાણ બંધ છે"}}},
		{"a forecast with a genitive object", "હવામાન વિભાગે આગામી બે દિવસ કમોસમી વરસાદની આગાહી કરી છે.",
			[]got{{"હવામાન વિભાગ", "આગાહી કરી છે", "belief", "આગામી બે દિવસ કમોસમી વરસાદની"}}},
		{"a comma and a quote after કે", "સરપંચે કહ્યું કે, “ગામમાં પાણીની તંગી છે.”",
			[]got{{"સરપંચ", "કહ્યું", "said", "ગામમાં પાણીની તંગી છે"}}},
		{"a document in the locative as the source of a frame", "ફરિયાદમાં જણાવ્યા મુજબ ઠગ ટોળકીએ વેપારી પાસેથી રૂ. 12 લાખ પડાવ્યા હતા.",
			[]got{{"ફરિયાદ", "જણાવ્યા મુજબ", "said", "ઠગ ટોળકીએ વેપારી પાસેથી રૂ. 12 લાખ પડાવ્યા હતા"}}},
		{"a genitive source before a bracketed acronym", "ગુજરાત પ્રદૂષણ નિયંત્રણ બોર્ડ (GPCB)ના અહેવાલ મુજબ નદીનું પાણી દૂષિત છે.",
			[]got{{"ગુજરાત પ્રદૂષણ નિયંત્રણ બોર્ડ", "અહેવાલ મુજબ", "said", "નદીનું પાણી દૂષિત છે"}}},
		{"a genitive source before official figures", "AMCના સત્તાવાર આંકડા મુજબ, શહેરમાં 900 કેસ નોંધાયા છે.",
			[]got{{"AMC", "સત્તાવાર આંકડા મુજબ", "said", "શહેરમાં 900 કેસ નોંધાયા છે"}}},
		{"a particle between a nominal object and the cue", "હોસ્પિટલે બે દર્દીઓના મોતની જ પુષ્ટિ કરી છે.",
			[]got{{"હોસ્પિટલ", "પુષ્ટિ કરી છે", "confirmation", "બે દર્દીઓના મોતની"}}},
		{"a converb before the source", "આ અંગે પૂછતાં મામલતદારે જણાવ્યું કે સર્વે ચાલુ છે.",
			[]got{{"મામલતદાર", "જણાવ્યું", "said", "સર્વે ચાલુ છે"}}},
		{"an assurance in the idiom of the heart", "કલેક્ટરે હૈયાધારણ આપી હતી કે કોઈને અન્યાય નહીં થાય.",
			[]got{{"કલેક્ટર", "હૈયાધારણ આપી હતી", "promise", "કોઈને અન્યાય નહીં થાય"}}},
		{"a converb clause between the source and the cue", "ખેડૂત સંગઠને કલેક્ટરને પત્ર લખીને માંગ કરી કે વળતર ચૂકવાય.",
			[]got{{"ખેડૂત સંગઠન", "માંગ કરી", "demand", "વળતર ચૂકવાય"}}},
		{"જોકે and એવો between the source and the cue", "સંસ્થાના ફેલો નેહા જોશીએ જોકે એવો સંકેત આપ્યો હતો કે સમજૂતી થઈ શકે છે.",
			[]got{{"નેહા જોશી", "સંકેત આપ્યો હતો", "hedge", "સમજૂતી થઈ શકે છે"}}},
		{"a genitive pronoun as the source of a frame", "તેમના મતે, ચોમાસું સારું રહેશે.",
			[]got{{"તેમના", "મતે", "belief", "ચોમાસું સારું રહેશે"}}},
		{"a time marker of two words between source and cue", "ડેરીના ચેરમેન શામળભાઈ પટેલે ગયા મહિને ખાતરી આપી હતી કે દૂધના ભાવ ઘટશે નહીં.",
			[]got{{"શામળભાઈ પટેલ", "ખાતરી આપી હતી", "promise", "દૂધના ભાવ ઘટશે નહીં"}}},
		{"a time marker of two words after a descriptor source", "બેંકના ચેરમેને ગયા સપ્તાહે ખાતરી આપી હતી કે ધિરાણ ચાલુ રહેશે.",
			[]got{{"બેંકના ચેરમેન", "ખાતરી આપી હતી", "promise", "ધિરાણ ચાલુ રહેશે"}}},
		{"an accusation without an agent", "કોન્સ્ટેબલ પર લાંચ લેવાનો આરોપ લાગ્યો છે.",
			[]got{{"", "આરોપ લાગ્યો છે", "allegation", "લાંચ લેવાનો"}}},
	}
	r := entity.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := r.Analyze(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var gs []got
			for _, c := range Extract(d) {
				gs = append(gs, got{c.Source.Text, c.Cue.Text, c.Stance, c.Content.Text})
			}
			if diff := cmp.Diff(tt.want, gs); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestClaimTimes checks the time of a claim: one word, several words, and adjacent time words
// read as one (on sentences written for the test).
func TestClaimTimes(t *testing.T) {
	r := entity.New()
	for _, tc := range []struct{ text, want string }{
		{"મંત્રીએ બુધવારે જણાવ્યું કે કામ ચાલુ છે.", "બુધવારે"},
		{"ભાવ વધશે એમ કલેક્ટરે ગઈ કાલે સાંજે જણાવ્યું હતું.", "ગઈ કાલે સાંજે"},
		{"મેયરે આજે સવારે કહ્યું કે પાણી મળશે.", "આજે સવારે"},
		{"બેંકના ચેરમેને ગયા મહિને ખાતરી આપી હતી કે ધિરાણ ચાલુ રહેશે.", "ગયા મહિને"},
	} {
		d, err := r.Analyze(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		cls := Extract(d)
		if len(cls) != 1 {
			t.Errorf("%s: %d claims, want 1", tc.text, len(cls))
			continue
		}
		got := ""
		if cls[0].Time != nil {
			got = cls[0].Time.Text
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: time (-want +got):\n%s", tc.text, diff)
		}
	}
}
