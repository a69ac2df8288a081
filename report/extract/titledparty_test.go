package extract

import "testing"

// TestTitledParty: people named by titles alone going as a party name no holder; a party
// under a body's name, the institution's word for itself, or an event with no journey do.
// Made-up rows.
func TestTitledParty(t *testing.T) {
	for _, tc := range []struct {
		opening string
		want    bool
	}{
		{"6月2日，党委书记李明，党委常委、副校长王强一行到东湖开发区考察调研校企合作工作。", true},
		{"6月2日，副院长张华一行5人赴西山县人民医院开展帮扶调研。", true},
		{"6月2日，东湖大学党委书记李明一行到西山公司考察调研。", false},
		{"6月2日，我校党委书记李明一行到西山公司考察调研。", false},
		{"6月2日，党委书记李明在行政楼会见西山公司一行。", false},
		{"6月2日，党委书记李明主持召开党委常委会。", false},
		// A head who goes abroad to visit, under a paper's tag and below furniture lines.
		{"【本報訊】上月3日至6日，校長林志明率團訪問東山大學、西嶺大學。", true},
		{"學校新聞 2020/05/01\n\n林校長出訪兩所姊妹校\n\n上月3日至6日，校長林志明出訪東山大學。", true},
		{"上月3日至6日，東海大學校長林志明出訪東山大學。", false},
		// A head who leads his people somewhere, after a sentence of background.
		{"進入汛期，雲溪縣各項工程正積極推動中。縣長王明5日率縣府建設處團隊，前往視察河道疏濬進度。", true},
		{"進入汛期，雲溪縣各項工程正積極推動中。雲溪縣政府5日率建設處團隊前往視察。", false},
	} {
		if got := titledParty(tc.opening); got != tc.want {
			t.Errorf("titledParty(%q) = %v, want %v", tc.opening, got, tc.want)
		}
	}
}
