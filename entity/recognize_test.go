package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kathan-nlp/kathan/normalize"
)

// TestRecognizeRules checks the context rules one construction at a time, on sentences written
// for the test (not taken from the fixtures). Each want lists the mentions as "TYPE text".
func TestRecognizeRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"lexicon with ergative", "પુતિને યુક્રેન વિશે વાત કરી.", []string{"PERSON પુતિન", "LOCATION યુક્રેન"}},
		{"nationality adjective is no place", "ભારતીય ખેલાડીઓ જીત્યા.", nil},
		{"title before unknown name", "મુખ્યમંત્રી ઝેનોબિયા ક્રાસ્ટોવાએ બેઠક બોલાવી.", []string{"PERSON ઝેનોબિયા ક્રાસ્ટોવા"}},
		{"honorific fused to name", "ગામના સરપંચ રણછોડભાઈએ માહિતી આપી.", []string{"PERSON રણછોડભાઈ"}},
		{"given name and surname", "આ કેસમાં જીગ્નેશ પટેલની ધરપકડ થઈ.", []string{"PERSON જીગ્નેશ પટેલ"}},
		{"English -man name + ergative", "પ્રવક્તા જેસન ફ્રીમેને બેઠકમાં આ મુદ્દો ઉઠાવ્યો.", []string{"PERSON જેસન ફ્રીમેન"}},
		{"role before a foreign name", "ટીમના સંવાદદાતા માઇક ટ્રુડેલે આ માહિતી આપી.", []string{"PERSON માઇક ટ્રુડેલ"}},
		{"name written bare elsewhere + dative", "સ્ટાર એડેન હેઝાર્ડ ફિટ છે. કોચે હેઝાર્ડને આરામ આપ્યો.",
			[]string{"PERSON એડેન હેઝાર્ડ", "PERSON હેઝાર્ડ"}},
		{"lexicon alias + unknown surname after a title", "વિદેશ મંત્રી બોરિસ કોલાવસ્કીએ નિવેદન બહાર પાડ્યું.",
			[]string{"PERSON બોરિસ કોલાવસ્કી"}},
		{"spelling variant of a lexicon name", "પૂર્વ વિદેશ મંત્રી બોરિસ જોહ્નસને રાજીનામું આપ્યું.", []string{"PERSON બોરિસ જોહ્નસન"}},
		{"given name that is also a word, after a title", "એટર્ની જનરલ રોડ ફાલ્કનબર્ગ સાથે બેઠક થઈ.",
			[]string{"PERSON રોડ ફાલ્કનબર્ગ"}},
		{"ambiguous Indian given name after a title", "પોલીસ અધિક્ષક વિકાસ ભમ્ભાણીએ માહિતી આપી.", []string{"PERSON વિકાસ ભમ્ભાણી"}},
		{"sport role before a name", "ગોલ્ફર ઝેવિયર ઝુબેરીએ ટ્રોફી જીતી.", []string{"PERSON ઝેવિયર ઝુબેરી"}},
		{"clerk is a role, not Clark", "સિનિયર ક્લાર્ક જીગર ભમ્ભાણીની ધરપકડ થઈ.", []string{"PERSON જીગર ભમ્ભાણી"}},
		{"a present-tense verb after a name", "શ્રીમતી ફ્રીડા લખે છે કે ઉનાળો લાંબો હતો.", []string{"PERSON ફ્રીડા"}},
		{"a place name after an honorific is a person", "મિસ્ટર કોર્બીને ભાડા વિશે વાત કરી. કોર્બીનની નીતિ સ્પષ્ટ છે.",
			[]string{"PERSON કોર્બીન", "PERSON કોર્બીન"}},
		{"a converb before a reporting verb", "તેમણે ભાર દઈને કહ્યું કે વાતચીત ચાલુ રહેશે.", nil},
		{"a word that looks like a name + plural", "ભારે વરસાદ પછી પૂરનો ખતરો વધ્યો.", nil},
		{"a continent + ergative listed as a common word", "યુરોપે આ નિર્ણયનો વિરોધ કર્યો.", []string{"LOCATION યુરોપ"}},
		{"the word without a title", "શહેરમાં નવો રોડ બનાવવાનું કામ શરૂ થયું.", nil},
		{"place word opening an organization", "ખેડૂતોની માંગણી રાજ્ય સરકારને મોકલવામાં આવી.", nil},
		{"place word with a suffix before a title", "ભીમપુરા ગામના સરપંચે માહિતી આપી.", []string{"LOCATION ભીમપુરા"}},
		{"surname that is also a word, alone", "અદાલતે આરોપીને દોષી ઠેરવ્યો.", nil},
		{"a river in -મતી, a market yard, the central government", "હાથમતી અને રંગમતી નદીમાં પૂર; ડીસા માર્કેટિંગ યાર્ડમાં આવક; કેન્દ્ર સરકારે ભાવ જાહેર કર્યા; બાળકો રમતી હતી.",
			[]string{"LOCATION હાથમતી", "LOCATION રંગમતી", "LOCATION ડીસા"}},
		{"an alias person named later by either name", "પોલીસે દિનેશ ઉર્ફે ટીણો મકવાણાને પકડ્યો. દિનેશે ગુનો કબૂલ્યો અને ટીણાના સાથી ફરાર છે; ટીણોને જેલ મોકલાયો.",
			[]string{"PERSON દિનેશ ઉર્ફે ટીણો મકવાણા", "PERSON દિનેશ", "PERSON ટીણો"}},
		{"testimony and evidence are no names", "સાક્ષીઓની જુબાની અને વૈજ્ઞાનિક પુરાવા એકબીજાને સમર્થન આપે છે.", nil},
		{"Tata alone is the group", "ટાટાએ નવી કંપની ખરીદી; ટાટા મોટર્સના શેર વધ્યા.",
			[]string{"ORGANIZATION ટાટા", "ORGANIZATION ટાટા મોટર્સ"}},
		{"a place and a trade name an association", "રાજકોટ રિક્ષાચાલક એસોસિએશન અને ગુજરાત રાજ્ય માધ્યમિક શિક્ષક સંઘે હડતાળ પાડી.",
			[]string{"ORGANIZATION રાજકોટ રિક્ષાચાલક એસોસિએશન", "ORGANIZATION ગુજરાત રાજ્ય માધ્યમિક શિક્ષક સંઘ"}},
		{"English kind words before heads; Mandvi the town", "જિલ્લાની બ્લડ બેંકમાં અછત છે; સુપરસ્પેશિયાલિટી હોસ્પિટલમાં સારવાર; પક્ષની કોર કમિટી મળી; માંડવીના માછીમારો પરત ફર્યા.",
			[]string{"LOCATION માંડવી"}},
		{"a religious title is no name", "સર્વોચ્ચ નેતા આયાતોલ્લાહ મોજતબા નૂરીએ ચેતવણી આપી.", []string{"PERSON મોજતબા નૂરી"}},
		{"initials after a title, a zone after a title", "પોલીસ ઇન્સ્પેક્ટર એમ.ડી. રાવલે કહ્યું; ડીસીપી ઝોન-2 હરેશ દુધાતે તપાસ સોંપી.",
			[]string{"PERSON એમ.ડી. રાવલ", "PERSON હરેશ દુધાત"}},
		{"a road between two places", "ભુજ-માંડવી હાઇવે પર ટ્રક પલટી; ભારત-નેપાળ સરહદ બંધ છે.",
			[]string{"LOCATION ભુજ-માંડવી હાઇવે", "LOCATION ભારત", "LOCATION નેપાળ"}},
		{"a committee named only by its subject", "શાળાની પસંદગી સમિતિ અને પાલિકાની સ્થાયી સમિતિની બેઠક મળી; આરોગ્ય મંત્રાલયે નોંધ લીધી.",
			[]string{"ORGANIZATION આરોગ્ય મંત્રાલય"}},
		{"an office the lexicon lists with the name stays outside", "પીએમ મોદીએ અને ડૉ. મનમોહન સિંહે સ્વામી વિવેકાનંદને યાદ કર્યા.",
			[]string{"PERSON મોદી", "PERSON મનમોહન સિંહ", "PERSON સ્વામી વિવેકાનંદ"}},
		{"an unknown surname after a -ભાઈ/-બેન name", "સંઘના સભ્ય રામજીભાઈ વસાણીએ જોકે દાવો કર્યો; મંજુલાબેન ગોંડલિયાની ફરિયાદ; જીવાભાઈ પોતે ગામમાં ગયા.",
			[]string{"PERSON રામજીભાઈ વસાણી", "PERSON મંજુલાબેન ગોંડલિયા", "PERSON જીવાભાઈ"}},
		{"a dam's name holds the word dam", "શેઢી ડેમ અને વણાકબોરી ડેમમાંથી પાણી છોડાયું; ક્ષતિગ્રસ્ત ડેમની મરામત થશે.",
			[]string{"LOCATION શેઢી ડેમ", "LOCATION વણાકબોરી ડેમ"}},
		{"an office acronym before a name, units that are no organizations", "ડીએફઓ નીલમ ચાવડાએ જણાવ્યું કે તળાવમાં 45 MCFT પાણી છે અને શહેરને 80 MLD પાણી મળે છે.",
			[]string{"PERSON નીલમ ચાવડા"}},
		{"a frequent word before a given name", "દોડવીર કિરણ ભમ્ભાણીએ સુવર્ણ જીત્યો. કોચે જીતનો શ્રેય કિરણની મહેનતને આપ્યો; પૂરને કારણે રસ્તા બંધ છે.",
			[]string{"PERSON કિરણ ભમ્ભાણી", "PERSON કિરણ"}},
		{"a given name that is also a word, after the full name", "દોડવીર કિરણ ભમ્ભાણીએ સુવર્ણ જીત્યો. કોચે કિરણની મહેનત વખાણી; સૂર્યનું કિરણ ન દેખાયું, પણ કિરણે નવો વિક્રમ સર્જ્યો.",
			[]string{"PERSON કિરણ ભમ્ભાણી", "PERSON કિરણ", "PERSON કિરણ"}},
		{"unknown quarters in a list of known ones", "પાલડી, જોધપુર, ઝાંઝરકા, વાસણા અને પીપળજમાં પાણી ભરાયાં.",
			[]string{"LOCATION પાલડી", "LOCATION જોધપુર", "LOCATION ઝાંઝરકા", "LOCATION વાસણા", "LOCATION પીપળજ"}},
		{"a list that is no list of places", "ભારત, ચીન અને ધીમી વૃદ્ધિ વિશે ચર્ચા થઈ; દિલ્હી, આગ્રા અને ન્યુ વર્લ્ડ ઓર્ડર પુસ્તક.",
			[]string{"LOCATION ભારત", "LOCATION ચીન", "LOCATION દિલ્હી", "LOCATION આગ્રા"}},
		{"a quarter ending in -નગર", "સરસ્વતીનગરમાં રહેતા યુવકનું મોત થયું.", []string{"LOCATION સરસ્વતીનગર"}},
		{"ordinary words that fold like names or look like subjects", "આ ખેલાડીની રમત વર્લ્ડ ક્લાસ છે; સેનાની કોલમ પહોંચી; કાંસ સાફ કરાયા; એક સભ્યે નામ ન આપવાની શરતે કહ્યું કે બેઠક થશે.", nil},
		{"a passive perfective after a title", "પાલડીમાંથી નકલી ડૉક્ટર પકડાયો.", []string{"LOCATION પાલડી"}},
		{"a remote village, a district level", "તાલુકાના અંતરિયાળ ગામોમાં રસ્તા નથી; રાજ્ય કક્ષાએ ઇનામ મળ્યું.", nil},
		{"own, father's and family name", "ફરિયાદી જયંતીભાઈ ભીખાભાઈ ચાવડાએ ફરિયાદ નોંધાવી; મૃતક રેખાબેન નટવરભાઈ મકવાણાના પરિવારને સહાય.",
			[]string{"PERSON જયંતીભાઈ ભીખાભાઈ ચાવડા", "PERSON રેખાબેન નટવરભાઈ મકવાણા"}},
		{"a name and its alias", "પોલીસે ઇરફાન ઉર્ફે ટીનો શેખ અને વિજય રાઠોડ ઉર્ફે લાલાને પકડ્યા.",
			[]string{"PERSON ઇરફાન ઉર્ફે ટીનો શેખ", "PERSON વિજય રાઠોડ ઉર્ફે લાલા"}},
		{"a brand ending in વા before a company word", "પુલ તૂટવાના કેસમાં ઓરેવા કંપનીના માલિકને જામીન મળ્યા.",
			[]string{"ORGANIZATION ઓરેવા કંપની"}},
		{"an infinitive before a company word", "લોકોને મદદ કરવા કંપનીએ ફંડ આપ્યું; તપાસ કરાવવા કંપનીએ અરજી કરી.", nil},
		{"a genitive that is also a place (Indiana)", "ટીમ ઇન્ડિયાના ઓપનરે સદી ફટકારી; ઇન્ડિયાના ખેલાડીઓ ખુશ છે.",
			[]string{"ORGANIZATION ટીમ ઇન્ડિયા"}},
		{"surname that is also a word, after a place", "ગીરના જંગલમાં ત્રણ સિંહ દેખાયા અને અમરેલીમાં સિંહ ફર્યો.",
			[]string{"LOCATION ગીર", "LOCATION અમરેલી"}},
		{"given name + city name is a person, and lends the name", "ફર્નાન્ડો મેન્ડોઝાએ ભાષણ આપ્યું. પોલીસે મેન્ડોઝાને પકડ્યો.",
			[]string{"PERSON ફર્નાન્ડો મેન્ડોઝા", "PERSON મેન્ડોઝા"}},
		{"given name + city before a postposition of place", "વાવાઝોડું મંગળવારે રોસા ફોનિક્સ તરફ આગળ વધશે.",
			[]string{"LOCATION ફોનિક્સ"}},
		{"known name + dative", "મંત્રી ડેવિડ થોમસને નોટિસ મળી.", []string{"PERSON ડેવિડ થોમસ"}},
		{"organization head", "સાબરકાંઠા જિલ્લા સહકારી બેંકે વ્યાજ ઘટાડ્યું.", []string{"ORGANIZATION સાબરકાંઠા જિલ્લા સહકારી બેંક"}},
		{"national body with a field of ordinary nouns", "કેન્દ્રીય માહિતી આયોગે આ મામલે આદેશ આપ્યો.",
			[]string{"ORGANIZATION કેન્દ્રીય માહિતી આયોગ"}},
		{"national body, two nouns", "રાષ્ટ્રીય ઊંટ સંશોધન કેન્દ્રના વૈજ્ઞાનિકોએ અભ્યાસ કર્યો.",
			[]string{"ORGANIZATION રાષ્ટ્રીય ઊંટ સંશોધન કેન્દ્ર"}},
		{"central body, one noun", "કેન્દ્રીય રેશમ બોર્ડે નવી યોજના જાહેર કરી.", []string{"ORGANIZATION કેન્દ્રીય રેશમ બોર્ડ"}},
		{"English adjective of place + head", "વિક્ટોરિયન સરકારે નવો કાયદો પસાર કર્યો.", []string{"ORGANIZATION વિક્ટોરિયન સરકાર"}},
		{"ordinary word + head", "ભારે વરસાદથી સરકારે રજા જાહેર કરી.", nil},
		{"hyphenated company name", "પોલીસે એમ-ટ્રાન્સલિંક લોજિસ્ટિક્સના માલિકની પૂછપરછ કરી.", []string{"ORGANIZATION એમ-ટ્રાન્સલિંક લોજિસ્ટિક્સ"}},
		{"finance as a common noun", "ઝુંબેશ ફાઇનાન્સના નિયમો કડક છે.", nil},
		{"place + newspaper word", "ડેનવર પોસ્ટના અહેવાલ મુજબ મેચ રદ થઈ.", []string{"ORGANIZATION ડેનવર પોસ્ટ"}},
		{"newspaper word without a place", "તેણે સ્પીડ પોસ્ટથી પત્ર મોકલ્યો.", nil},
		{"a club goes by its last word", "કોલોરાડો રોકિઝ જીત્યા. હવે રોકિઝ પ્લે-ઓફમાં રમશે.",
			[]string{"ORGANIZATION કોલોરાડો રોકિઝ", "ORGANIZATION રોકિઝ"}},
		{"unknown acronym", "આ મેચમાં LSUના ખેલાડીઓએ સારો દેખાવ કર્યો.", []string{"ORGANIZATION LSU"}},
		{"common acronym", "પોલીસે FIR નોંધી અને GDP વિશે કોઈ વાત ન થઈ.", nil},
		{"acronym glued to digits", "આ દવા HER2 પ્રકારના કેન્સરમાં વપરાય છે.", nil},
		{"headline in capitals", "BREAKING NEWS આજે સવારે", nil},
		{"team with an English plural name in the Gujarati plural", "ડોજરોએ છેલ્લી મેચ જીતી.", []string{"ORGANIZATION ડોજર"}},
		{"a building that is an institution, in it and acting", "ક્રેમલિનમાં બેઠક થઈ. પછી ક્રેમલિને નિવેદન બહાર પાડ્યું.",
			[]string{"LOCATION ક્રેમલિન", "ORGANIZATION ક્રેમલિન"}},
		{"agent participle before a subject", "ચૂંટણી જીતનાર ઝુબેરીએ કહ્યું કે તે ખુશ છે.", []string{"PERSON ઝુબેરી"}},
		{"Arabic article with a hyphen and a space, after a title", "વિદેશમંત્રી ફૈઝલ અલ- મિકદાદે કહ્યું કે વાતચીત ચાલુ છે.",
			[]string{"PERSON ફૈઝલ અલ- મિકદાદ"}},
		{"hyphenated name as a subject", "અલ-મુ-હસનીએ કહ્યું કે વાતચીત ચાલુ છે.", []string{"PERSON અલ-મુ-હસની"}},
		{"a frequent word that folds like a given name, before a country", "આ આરોપ, જેને ચીને ફગાવ્યો હતો, ગંભીર છે.", []string{"LOCATION ચીન"}},
		{"a surname written with a doubled consonant, then without", "રેસમાં સેબાસ્ટિયન વેટ્ટેલ બીજા ક્રમે રહ્યા. પછી વેટેલ પીટમાં ગયા.",
			[]string{"PERSON સેબાસ્ટિયન વેટ્ટેલ", "PERSON વેટેલ"}},
		{"an English common noun names a kind of committee", "દરખાસ્ત સ્ટેન્ડિંગ કમિટીમાં મુકાશે.", nil},
		{"a kind of court", "આરોપીએ સેશન્સ કોર્ટમાં જામીન અરજી કરી.", nil},
		{"place, English nouns and head, without the participle before", "દૂધ વેચતા મહારાષ્ટ્ર સ્ટેટ કો-ઓપરેટિવ મિલ્ક માર્કેટિંગ ફેડરેશનના અધિકારીઓ આવ્યા.",
			[]string{"ORGANIZATION મહારાષ્ટ્ર સ્ટેટ કો-ઓપરેટિવ મિલ્ક માર્કેટિંગ ફેડરેશન"}},
		{"the compass word for a divided country named before", "ઉત્તર કોરિયાએ મિસાઇલ છોડી. ઉત્તરને હવે દક્ષિણ કોરિયા જવાબ આપશે. ઉત્તર અને દક્ષિણના સંબંધ તંગ છે.",
			[]string{"LOCATION ઉત્તર કોરિયા", "LOCATION ઉત્તર", "LOCATION દક્ષિણ કોરિયા", "LOCATION ઉત્તર", "LOCATION દક્ષિણ"}},
		{"the compass word as an adjective or a region", "ઉત્તર કોરિયાએ મિસાઇલ છોડી. ઉત્તર કોરિયાઈ સૈનિકો ઉત્તરમાં છે.",
			[]string{"LOCATION ઉત્તર કોરિયા"}},
		{"the compass word without the country", "ઉત્તરથી ઠંડા પવનો ફૂંકાશે.", nil},
		{"a team by the English plural that ends its name", "રવિવારે બ્રુઅર્સે મેચ જીતી.", []string{"ORGANIZATION બ્રુઅર્સ"}},
		{"a role in the Gujarati plural is no team", "ઘણા સેનેટરોએ બિલનો વિરોધ કર્યો.", nil},
		{"a city in another spelling before its team's nickname", "લોસ એન્જેલિસ ડોજર્સે ફાઇનલ જીતી.", []string{"ORGANIZATION લોસ એન્જેલિસ ડોજર્સ"}},
		{"islands stay outside the name", "કેનેરી ટાપુઓ પર પ્રવાસીઓ વધ્યા.", []string{"LOCATION કેનેરી"}},
		{"a body named English-style with 'for'", "સેન્ટર ફોર સ્ટ્રેટેજિક સ્ટડીઝના સંશોધકે ચેતવણી આપી.", []string{"ORGANIZATION સેન્ટર ફોર સ્ટ્રેટેજિક સ્ટડીઝ"}},
		{"'of' after a word that heads no body", "ખેલાડીને પ્લેયર ઓફ ધ મેચ જાહેર કરાયો.", nil},
		{"a river that is also a given name", "ખેડૂતોએ માંગ કરી કે કેનાલમાં યમુનાનું પાણી છોડવામાં આવે.", []string{"LOCATION યમુના"}},
		{"a given name with -કુમાર fused", "સંબંધીઓના જણાવ્યા મુજબ, મેહુલકુમારે ફોનમાં વાત કરી હતી.", []string{"PERSON મેહુલકુમાર"}},
		{"a prince is no name", "રાજકુમારે લગ્ન કર્યા.", nil},
		{"the assembly of a state, unnamed", "વિપક્ષે વિધાનસભામાં વિરોધ કર્યો.", nil},
		{"a street named after a person", "તે વર્ષોથી જોન સ્ટ્રીટમાં રહે છે.", []string{"LOCATION જોન સ્ટ્રીટ"}},
		{"the high street is the shops", "નવી બેગ હાઈ સ્ટ્રીટ પર આવશે.", nil},
		{"a city's streets", "પોલીસ બિશકેક સ્ટ્રીટ પર ન હતી.", []string{"LOCATION બિશકેક"}},
		{"a body with the ergative એ after a consonant", "રાષ્ટ્રીય ભૂકંપ કેન્દ્રએ ચેતવણી આપી.", []string{"ORGANIZATION રાષ્ટ્રીય ભૂકંપ કેન્દ્ર"}},
		{"a common noun with એ after a consonant is no subject", "તેની કન્યામિત્રએ આરોપ લગાડ્યો હતો.", nil},
		{"the national opener starts the name", "અદ્યતન રાષ્ટ્રીય હરિકેન સેન્ટરે ફરી ચેતવણી આપી.", []string{"ORGANIZATION રાષ્ટ્રીય હરિકેન સેન્ટર"}},
		{"two full names side by side are two people", "બેઠકમાં નરેન્દ્ર મોદી અમિત શાહને મળ્યા.", []string{"PERSON નરેન્દ્ર મોદી", "PERSON અમિત શાહ"}},
		{"a given name and a surname side by side are one", "આ કેસમાં અશોકકુમાર દાસની ધરપકડ થઈ.", []string{"PERSON અશોકકુમાર દાસ"}},
		{"an airport by its Gujarati word", "વાવાઝોડાને કારણે કુશિરો વિમાનમથક બંધ રહ્યું.", []string{"LOCATION કુશિરો વિમાનમથક"}},
		{"a theatre after a place, and the subject before it stays out", "ફર્નાન્ડિઝે મેક્સિકો થિયેટરમાં ભાષણ આપ્યું.", []string{"PERSON ફર્નાન્ડિઝ", "LOCATION મેક્સિકો થિયેટર"}},
		{"a genre is no theatre", "આ શો જૂના જમાનાનો રેડિયો થિયેટર છે.", nil},
		{"a park named after a person", "રવિવારે ઓલિવર પાર્કમાં મોટી સભા થઈ.", []string{"LOCATION ઓલિવર પાર્ક"}},
		{"an industrial park is no name", "શહેરના નવા ઔદ્યોગિક પાર્કમાં એકમો શરૂ થયા.", nil},
		{"an eco park is no name either", "નદીકિનારે બનેલા ઇકો પાર્કમાં ભીડ થઈ.", nil},
		{"an ordinal is no title", "બંધારણના 14મા સુધારા પછી ચર્ચા થઈ.", nil},
		{"a plural noun + ને before a reporting verb", "હવે પ્રવાસીઓને જણાવ્યું છે કે ટ્રેન મોડી છે.", nil},
		{"an ordinary English word inside an English company name", "ભૂકંપ પછી તોહોકુ ઇલેક્ટ્રિક પાવર કંપનીએ પ્લાન્ટ બંધ કર્યો.",
			[]string{"ORGANIZATION તોહોકુ ઇલેક્ટ્રિક પાવર કંપની"}},
		{"an ordinary word before a company stays out", "ખાનગી પાવર કંપનીએ ભાવ વધાર્યા.", nil},
		{"an ordinary word as a brand before a company word", "શક્તિ મોટર્સના શેરમાં તેજી આવી.", []string{"ORGANIZATION શક્તિ મોટર્સ"}},
		{"a full name and a given name side by side are two people", "પછી ગેરેથ બ્રેડલી કેલીને પાસ આપ્યો.", []string{"PERSON ગેરેથ બ્રેડલી", "PERSON કેલી"}},
		{"a given name that ends like a genitive, before a surname", "કમિશનર શાલિની અગ્રવાલે કહ્યું કે કામ પૂર્ણ થશે.", []string{"PERSON શાલિની અગ્રવાલ"}},
		{"a town after a name with -ભાઈ is the surname", "ગામના સરપંચ રમેશભાઈ સોજીત્રાએ જણાવ્યું કે પાણીની તંગી છે.", []string{"PERSON રમેશભાઈ સોજીત્રા"}},
		{"a town after a name with -બેન, where she went", "ગીતાબેન ગોંડલ ગયા.", []string{"PERSON ગીતાબેન", "LOCATION ગોંડલ"}},
		{"a police station as the place", "સાંજે વસ્ત્રાપુર પોલીસ સ્ટેશનમાં ફરિયાદ નોંધાઈ.", []string{"LOCATION વસ્ત્રાપુર પોલીસ સ્ટેશન"}},
		{"a police station as the unit", "વસ્ત્રાપુર પોલીસ મથકના સ્ટાફે તપાસ કરી.", []string{"ORGANIZATION વસ્ત્રાપુર પોલીસ મથક"}},
		{"a title + ergative is no acronym", "ઘટના અંગે પીઆઇએ કહ્યું કે તપાસ ચાલુ છે.", nil},
		{"a separate ભાઈ inside a name", "ઘાટલોડિયામાં રહેતા મહેશ ભાઈ પરમાર સાથે છેતરપિંડી થઈ.", []string{"LOCATION ઘાટલોડિયા", "PERSON મહેશ ભાઈ પરમાર"}},
		{"a misspelt city", "ટીમ રવિવારે મેનચેસ્ટરમાં રમશે.", []string{"LOCATION મેનચેસ્ટર"}},
		{"a word that sounds like a town", "ટીમના પ્રસ્થાન પહેલાં બેઠક થઈ.", nil},
		{"a colon typed as a visarga after a place", "લંડનઃ સરકારે નવો કાયદો ઘડ્યો.", []string{"LOCATION લંડન"}},
		{"a surname in the plural is a common noun", "કમિશનરે માનીતા કોન્ટ્રાક્ટરોને કામ આપ્યું.", nil},
		{"the kind of a body before its name", "આ મામલે વિદ્યાર્થી સંગઠન ABVPએ દેખાવો કર્યા.", []string{"ORGANIZATION ABVP"}},
		{"a name shared by a person and a town, in it", "તેઓ વર્ષોથી એડિસનમાં રહે છે.", []string{"LOCATION એડિસન"}},
		{"a name shared by a person and a town, acting", "એડિસને બલ્બની શોધ કરી હતી.", []string{"PERSON એડિસન"}},
		{"a Latin name that starts with an acronym", "Officials at GIFT City met on Monday.", []string{"LOCATION GIFT City"}},
		{"a given name stands for the one person who bears it", "નેતા રાહુલ ગાંધીએ સભા સંબોધી. પછી રાહુલે ટ્વીટ કર્યું.",
			[]string{"PERSON રાહુલ ગાંધી", "PERSON રાહુલ"}},
		{"a given name of two people stands for neither", "રાહુલ ગાંધી અને રાહુલ દ્રવિડ મળ્યા. પછી રાહુલે ટ્વીટ કર્યું.",
			[]string{"PERSON રાહુલ ગાંધી", "PERSON રાહુલ દ્રવિડ"}},
		{"a participle before a place word", "ગામ પાસેથી વહેતી નદીમાં પૂર આવ્યું.", nil},
		{"an adjective in -ગ્રસ્ત before a place word", "ભૂકંપગ્રસ્ત શહેરમાં સહાય પહોંચી.", nil},
		{"a kind of station", "રેડિયો સ્ટેશન પરથી જાહેરાત થઈ.", nil},
		{"a surname that is also a title, before a name", "ટીમના બોસ જેક રોસે કહ્યું કે તૈયારી પૂરી છે.", []string{"PERSON જેક રોસ"}},
		{"a role before a name", "એનાલિસ્ટ મીરા ઝાવેરીએ કહ્યું કે ભાવ વધશે.", []string{"PERSON મીરા ઝાવેરી"}},
		{"an English possessive", "Kirby’s statement was clear.", []string{"PERSON Kirby"}},
		{"an English day after a title-like word", "The rain will come late Monday.", nil},
		{"an English article after a title", "Col The Reverend Bernard Okafor spoke.", []string{"PERSON Bernard Okafor"}},
		{"a day between the speaker and the reporting verb", "ક્રાસ્ટોવાએ શનિવારે કહ્યું કે નફો વધશે.", []string{"PERSON ક્રાસ્ટોવા"}},
		{"the press between the speaker and the reporting verb", "ક્રાસ્ટોવાએ પત્રકારોને જણાવ્યું કે નફો વધશે.", []string{"PERSON ક્રાસ્ટોવા"}},
		{"an unknown speaker before an announcement", "ક્રાસ્ટોવાએ જાહેરાત કરી કે નફો વધશે.", []string{"PERSON ક્રાસ્ટોવા"}},
		{"a plural noun before a warning", "સત્તાવાળાઓએ ચેતવણી આપી કે પૂર આવશે.", nil},
		{"plural organization head", "ઘણી સોફ્ટવેર કંપનીઓએ ભરતી બંધ કરી.", nil},
		{"plural agent noun as a subject", "કેટલાક સંચાલકોએ દાવો કર્યો કે ભાવ વધશે.", nil},
		{"agent noun as a subject", "બ્રોકરેજ હાઉસના વિશ્લેષકે કહ્યું કે ભાવ વધશે.", nil},
		{"a name in -ક as a subject", "પેટ્રિકે કહ્યું કે ભાવ વધશે.", []string{"PERSON પેટ્રિક"}},
		{"a name in -કો as a subject", "મેયર ફ્રાન્કો ઝેલેન્કોએ દાવો કર્યો કે ભાવ વધશે.", []string{"PERSON ફ્રાન્કો ઝેલેન્કો"}},
	}
	r := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := r.Analyze(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range d.Mentions {
				got = append(got, string(m.Type)+" "+m.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestNameLike checks the shape test that keeps verb forms out of names, on folded words.
func TestNameLike(t *testing.T) {
	rd := loadRules()
	for w, want := range map[string]bool{
		"રમેશ": true, "મારિયો": true, "ફ્રાન્સિસ્કો": true, "દિવ્યા": true,
		"કર્યો": false, "આવ્યો": false, "નોંધાયેલી": false, "કરવાની": false, "જઈને": false, "ક": false,
		"લખે": false, "કહે": false, "લખ": false, "જીત": true, "જીતનાર": false, "બોલનારા": false, "બતાવતા": false, "ચલાવતી": false,
	} {
		if got := rd.nameLike(string(normalize.Fold(nil, w))); got != want {
			t.Errorf("nameLike(%s) = %v, want %v", w, got, want)
		}
	}
}
