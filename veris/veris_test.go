package veris

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/jpbreach/jpbreach/notice"
)

// dateline heads every test notice, so that each has a date.
const dateline = "2024年5月10日\nお客様各位\n株式会社サンプル商事\n\n"

func parse(t *testing.T, text string) *notice.Notice {
	t.Helper()
	n, err := notice.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// step returns the action category of inc by its name in VERIS.
func step(a Action, category string) *Step {
	return map[string]*Step{"hacking": a.Hacking, "malware": a.Malware, "social": a.Social,
		"error": a.Error, "misuse": a.Misuse, "physical": a.Physical}[category]
}

// TestCauseActions parses one sentence per cause and checks the action,
// variety and actor of the record. Where the parser of this tree does not
// read the cause from the sentence, the cause is given to the record
// directly, so that the mapping is still checked.
func TestCauseActions(t *testing.T) {
	cases := []struct {
		cause, sentence   string
		category, variety string
		actor             string // external, internal, partner
		asset             string
	}{
		{"sql_injection", "当社のウェブサイトがSQLインジェクション攻撃を受け、会員の氏名とメールアドレスが流出しました。",
			"hacking", "SQLi", "external", "S - Web application"},
		{"os_command_injection", "当社のサーバーがOSコマンドインジェクションの手法で侵入され、顧客情報が流出した可能性があります。",
			"hacking", "OS commanding", "external", ""},
		{"vulnerability", "通販サイトのソフトウェアの脆弱性を悪用され、お客様の住所が流出した可能性があります。",
			"hacking", "Exploit vuln", "external", ""},
		{"credential_stuffing", "パスワードリスト攻撃によるなりすましログインが行われ、一部会員の登録情報が閲覧された可能性があります。",
			"hacking", "Use of stolen creds", "external", ""},
		{"dos", "当社のサイトが大規模なDDoS攻撃を受け、半日にわたりサービスが停止しました。",
			"hacking", "DoS", "external", ""},
		{"payment_tampering", "第三者の不正アクセスにより決済画面が改ざんされ、お客様のクレジットカード番号が流出した可能性があります。",
			"malware", "Capture app data", "external", "S - Web application"},
		{"unauthorized_access", "会員サーバーが外部から不正アクセスを受け、会員のメールアドレスが流出した可能性があります。",
			"hacking", "Unknown", "external", ""},
		{"ransomware", "社内のファイルサーバーがランサムウェアに感染し、保存していたファイルが暗号化されました。",
			"malware", "Ransomware", "external", ""},
		{"malware", "従業員の業務用端末がマルウェアに感染し、取引先の連絡先が外部に送信された可能性があります。",
			"malware", "Unknown", "external", ""},
		{"phishing", "従業員がフィッシングメールに記載された偽のサイトでパスワードを入力してしまいました。",
			"social", "Phishing", "external", ""},
		{"misdelivery", "案内メールを送る際に宛先を誤って入力し、別の方に申込者の氏名を誤送信しました。",
			"error", "Misdelivery", "internal", ""},
		{"misconfiguration", "クラウドストレージの公開設定の誤りにより、応募者の氏名と電話番号が外部から閲覧できる状態でした。",
			"error", "Misconfiguration", "internal", ""},
		{"publishing_error", "会議資料をホームページに掲載した際、参加者の住所を含むファイルを誤って掲載してしまいました。",
			"error", "Publishing error", "internal", ""},
		{"programming_error", "システムの不具合により、ログインした会員の画面に他の会員の氏名が表示される事象が起きました。",
			"error", "Programming error", "internal", ""},
		{"insider", "元従業員が顧客名簿を不正に持ち出し、名簿業者に売り渡していたことがわかりました。",
			"misuse", "Unknown", "internal", ""},
		{"loss_or_theft", "看護師が患者の氏名を記録したUSBメモリを院内で紛失しました。",
			"error", "Loss", "internal", "M - Flash drive"},
		{"loss_or_theft", "駐車中の車が車上荒らしに遭い、顧客リストを保存したノートパソコンが盗まれました。",
			"physical", "Theft", "external", "U - Laptop"},
	}
	for _, c := range cases {
		t.Run(c.cause+"/"+c.variety, func(t *testing.T) {
			n := parse(t, dateline+c.sentence)
			if !slices.Contains(n.Causes, c.cause) {
				t.Logf("the parser reads %v from the sentence, not %s: given directly", n.Causes, c.cause)
				n.Causes = []string{c.cause}
			}
			inc, err := FromNotice(n, "test")
			if err != nil {
				t.Fatal(err)
			}
			s := step(inc.Action, c.category)
			if s == nil || !slices.Contains(s.Variety, c.variety) {
				b, _ := json.Marshal(inc.Action)
				t.Fatalf("action %s: %s, want %s %s", n.Causes, b, c.category, c.variety)
			}
			if got := actorSides(inc.Actor); !slices.Contains(got, c.actor) {
				t.Errorf("actor %v, want %s", got, c.actor)
			}
			if c.asset != "" && !slices.Contains(assetVarieties(inc.Asset), c.asset) {
				t.Errorf("assets %v, want %s", assetVarieties(inc.Asset), c.asset)
			}
		})
	}
}

func actorSides(a Actor) []string {
	var out []string
	for side, agent := range map[string]*Agent{"external": a.External, "internal": a.Internal, "partner": a.Partner} {
		if agent != nil {
			out = append(out, side)
		}
	}
	return out
}

func assetVarieties(a Asset) []string {
	var out []string
	for _, as := range a.Assets {
		out = append(out, as.Variety)
	}
	return out
}

// TestUnknownCause: a notice that says the cause is still under
// investigation, and one that names none, have action and actor Unknown.
func TestUnknownCause(t *testing.T) {
	for _, text := range []string{
		"お客様の個人情報が流出した可能性があります。原因については現在調査中です。",
		"お客様の氏名が流出した可能性があります。",
	} {
		n := parse(t, dateline+text)
		inc, err := FromNotice(n, "")
		if err != nil {
			t.Fatal(err)
		}
		if inc.Action.Unknown == nil || inc.Action.Hacking != nil || inc.Actor.Unknown == nil {
			b, _ := json.Marshal(inc)
			t.Errorf("%q (causes %v): %s", text, n.Causes, b)
		}
	}
}

// TestLossOrTheftUnsaid: a loss_or_theft that the text leaves open (紛失・
// 盗難, or only a hedged theft) is an Unknown action, with the lost asset.
func TestLossOrTheftUnsaid(t *testing.T) {
	for _, text := range []string{
		"社員が顧客情報を記録したUSBメモリを紛失または盗難により失ったことがわかりました。",
		"従業員のノートパソコンが車上荒らしの被害に遭った可能性があります。",
	} {
		n := parse(t, dateline+text)
		if !slices.Contains(n.Causes, "loss_or_theft") {
			t.Fatalf("%q: causes %v", text, n.Causes)
		}
		inc, _ := FromNotice(n, "")
		if inc.Action.Unknown == nil || inc.Action.Unknown.Notes == "" || inc.Action.Error != nil || inc.Action.Physical != nil {
			b, _ := json.Marshal(inc.Action)
			t.Errorf("%q: action %s", text, b)
		}
		if len(inc.Asset.Assets) != 1 || inc.Asset.Assets[0].Variety == unknown {
			t.Errorf("%q: assets %v", text, inc.Asset.Assets)
		}
	}
}

// TestVendorBreach: an error at a contractor is the partner's; an attack on
// a contractor's system is on assets the partner owns and runs.
func TestVendorBreach(t *testing.T) {
	n := parse(t, dateline+"発送業務の委託先が、お客様の氏名を記載した書類を誤送付し、お客様の個人情報が漏えいしました。")
	inc, _ := FromNotice(n, "")
	if inc.Actor.Partner == nil || inc.Actor.Internal != nil || inc.Action.Error == nil {
		t.Errorf("error at a contractor (causes %v): actor %+v", n.Causes, inc.Actor)
	}
	n = parse(t, dateline+"当社が運用を委託している委託先のサーバーが不正アクセスを受け、お客様の氏名が流出した可能性があります。")
	inc, _ = FromNotice(n, "")
	if inc.Actor.External == nil || !slices.Contains(inc.Asset.Ownership, "Partner") {
		t.Errorf("attack on a contractor (causes %v): actor %+v, asset %+v", n.Causes, inc.Actor, inc.Asset)
	}
}

// TestHackingVarietyReplacesUnknown: an intrusion named more precisely is
// not also Unknown.
func TestHackingVarietyReplacesUnknown(t *testing.T) {
	n := &notice.Notice{Source: "x", Published: &notice.Date{Year: 2024, Month: 1, Day: 2},
		Causes: []string{"unauthorized_access", "sql_injection", "vulnerability"}, CVEs: []string{"CVE-2017-5638"}}
	inc, _ := FromNotice(n, "")
	h := inc.Action.Hacking
	if h == nil || slices.Contains(h.Variety, unknown) || slices.Contains(h.Vector, unknown) || h.CVE != "CVE-2017-5638" {
		t.Errorf("hacking %+v", h)
	}
}

// TestDisclosure: Yes where the text says data leaked, Potentially where it
// says data may have, Unknown where it says neither.
func TestDisclosure(t *testing.T) {
	cases := []struct{ text, want string }{
		{"不正アクセスにより、お客様の氏名とメールアドレスが流出したことを確認いたしました。", "Yes"},
		{"不正アクセスにより、お客様の氏名とメールアドレスが流出した可能性があります。", "Potentially"},
		{"お客様の氏名が漏えいしたおそれがあります。", "Potentially"},
		{"漏えいした可\n能性のある情報は氏名です。", "Potentially"}, // a word broken over two lines
		{"現時点で個人情報が流出した事実は確認されておりません。", "Unknown"},
		{"サーバーが停止し、サービスを一時休止しました。", "Unknown"},
	}
	for _, c := range cases {
		n := parse(t, dateline+c.text)
		inc, _ := FromNotice(n, "")
		if got := inc.Attribute.Confidentiality.DataDisclosure; got != c.want {
			t.Errorf("%q: data_disclosure %s, want %s", c.text, got, c.want)
		}
	}
}

// TestDataVarieties: fields become varieties; a count tied to fields
// becomes the amount of their variety, the affected number data_total.
func TestDataVarieties(t *testing.T) {
	n := &notice.Notice{Source: "x", Published: &notice.Date{Year: 2024, Month: 1, Day: 2},
		LeakedFields: []string{"name", "card_number", "password", "health", "bank_account"},
		Counts: []notice.Count{{Value: 120, Basis: "cards"}, {Value: 300, Basis: "people", Fields: []string{"name"}},
			{Value: 50, Basis: "emails"}},
		Affected: 300}
	inc, _ := FromNotice(n, "")
	c := inc.Attribute.Confidentiality
	want := []Data{{"Personal", 300}, {"Payment", 120}, {"Credentials", 0}, {"Medical", 0}, {"Bank", 0}}
	if !slices.Equal(c.Data, want) || c.DataTotal != 300 {
		t.Errorf("data %+v total %d, want %+v total 300", c.Data, c.DataTotal, want)
	}
}

// TestVictim reads the kind of body from the organization's name.
func TestVictim(t *testing.T) {
	cases := []struct{ org, industry, government string }{
		{"株式会社サンプル商事", "000", "NA"},
		{"サンプル市", "92", "Local"},
		{"サンプル県教育委員会", "92", "Regional"},
		{"サンプル県", "92", "Regional"},
		{"サンプル省", "92", "Federal"},
		{"医療法人サンプル会 サンプル病院", "622", "NA"},
		{"サンプル大学医学部附属病院", "622", "NA"},
		{"学校法人サンプル学園 サンプル大学", "611310", "NA"},
		{"株式会社サンプル銀行", "522110", "NA"},
		{"株式会社サンプル市場", "000", "NA"}, // 市 inside a company's name
		{"サンプル商会", "000", "Unknown"},
		{"", "000", "Unknown"},
	}
	for _, c := range cases {
		v := victim(c.org)
		if v.Industry != c.industry || !slices.Equal(v.Government, []string{c.government}) || !slices.Equal(v.Country, []string{"JP"}) {
			t.Errorf("%q: industry %s government %v, want %s %s", c.org, v.Industry, v.Government, c.industry, c.government)
		}
	}
}

// TestDiscoveryMethod reads who reported the incident from the passage of
// the discovered date.
func TestDiscoveryMethod(t *testing.T) {
	cases := []struct{ text, side, variety string }{
		{"2024年3月1日、クレジットカード会社から、カード情報の漏えいの懸念について連絡を受けました。", "external", "Fraud detection"},
		{"2024年3月1日、お客様からのお問い合わせにより、誤送信が発覚しました。", "external", "Customer"},
		{"2024年3月1日、県警から当社サイトの改ざんについて連絡を受けました。", "external", "Law enforcement"},
		{"2024年3月1日、サーバーのアクセスログを確認したところ、不審な通信が判明しました。", "internal", "Log review"},
		{"2024年3月1日、不正アクセスが判明しました。", "", ""},
	}
	for _, c := range cases {
		n := parse(t, dateline+c.text)
		if n.Discovered == nil {
			t.Fatalf("%q: no discovered date", c.text)
		}
		m := discoveryMethod(n)
		got := map[string]*Varieties{"external": m.External, "internal": m.Internal}[c.side]
		switch {
		case c.side == "" && !m.Unknown:
			t.Errorf("%q: %+v, want unknown", c.text, m)
		case c.side != "" && (got == nil || !slices.Contains(got.Variety, c.variety)):
			t.Errorf("%q: %+v, want %s %s", c.text, m, c.side, c.variety)
		}
	}
}

// TestTimeline: the incident from the exposure's start, the discovery as
// the time from it; only a year, with a note, where the text dates neither.
func TestTimeline(t *testing.T) {
	day := func(y, m, d int) *notice.Date { return &notice.Date{Year: y, Month: time.Month(m), Day: d} }
	n := &notice.Notice{Source: "x", Exposure: &notice.Exposure{Start: &notice.DateTime{Date: *day(2023, 1, 10)}},
		Discovered: day(2023, 4, 20)}
	inc, _ := FromNotice(n, "")
	tl := inc.Timeline
	if tl.Incident != (Day{2023, 1, 10}) || tl.Discovery.Unit != "Months" || *tl.Discovery.Value != 3.3 {
		t.Errorf("timeline %+v discovery %+v", tl.Incident, tl.Discovery)
	}
	n = &notice.Notice{Source: "x", Published: day(2022, 6, 1)}
	inc, _ = FromNotice(n, "")
	if inc.Timeline.Incident != (Day{Year: 2022}) || inc.Timeline.Discovery.Unit != unknown || inc.Notes == "" {
		t.Errorf("year only: %+v, notes %q", inc.Timeline, inc.Notes)
	}
}

// TestFallbackYear: a notice that states no date has no record unless the
// caller supplies a year, which the record then says it was given; a notice
// that gives any date is dated from its text whatever the caller supplies.
func TestFallbackYear(t *testing.T) {
	const (
		undated = "弊社の会員サイトにおいて、お客様の氏名とメールアドレスが流出した可能性があります。\n"
		exposed = "2023年1月10日から2023年3月31日までの間に、お客様の氏名とメールアドレスが流出した可能性があります。\n"
	)
	cases := []struct {
		name     string
		text     string
		fallback int
		want     Day    // the incident's date; zero where no record is wanted
		err      error  // the error wanted where no record is; nil: one other than ErrNoDate
		notes    string // the record's notes
	}{
		{"no date, no fallback", undated, 0, Day{}, ErrNoDate, ""},
		{"no date, fallback", undated, 2021, Day{Year: 2021}, nil, NoteFallbackYear},
		{"exposure dated, fallback ignored", dateline + exposed, 2021, Day{2023, 1, 10}, nil, ""},
		{"notice dated, fallback ignored", dateline + undated, 2021, Day{Year: 2024}, nil,
			"timeline.incident: the text does not date the incident; the year is that of the notice"},
		{"fallback before VERIS's years", undated, 1949, Day{}, nil, ""},
		{"fallback after VERIS's years", undated, 2051, Day{}, nil, ""},
	}
	for _, c := range cases {
		n := parse(t, c.text)
		inc, err := Options{FallbackYear: c.fallback}.FromNotice(n, "")
		if c.want == (Day{}) {
			if err == nil || c.err != nil && !errors.Is(err, c.err) || c.err == nil && errors.Is(err, ErrNoDate) {
				t.Errorf("%s: err %v, want %v", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if inc.Timeline.Incident != c.want || inc.Notes != c.notes {
			t.Errorf("%s: incident %+v notes %q, want %+v notes %q", c.name, inc.Timeline.Incident, inc.Notes, c.want, c.notes)
		}
	}
	if _, err := FromNotice(parse(t, undated), ""); !errors.Is(err, ErrNoDate) {
		t.Errorf("FromNotice without options: err %v, want ErrNoDate", err)
	}
}

// TestIncidentID: the same text, the same id; another text, another id.
func TestIncidentID(t *testing.T) {
	a, b, c := incidentID("通知A"), incidentID("通知A"), incidentID("通知B")
	if a != b || a == c || len(a) != 36 || a[14] != '5' {
		t.Errorf("ids %s %s %s", a, b, c)
	}
}

// TestDataVictim reads whose data leaked from a noun before の in the
// sentence of a leaked field, not from who acted.
func TestDataVictim(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"当院の患者の氏名と生年月日が流出した可能性があります。", []string{"Patient"}},
		{"お客様のメールアドレスが流出しました。", []string{"Customer"}},
		{"当院の患者さんの氏名が流出しました。", []string{"Patient"}},
		{"職員の操作の誤りにより、申込者の一覧を誤送信し、氏名と電話番号が漏えいしました。", nil},
	}
	for _, c := range cases {
		n := parse(t, dateline+c.text)
		if len(n.LeakedFields) == 0 {
			t.Fatalf("%q: no leaked fields", c.text)
		}
		inc, _ := FromNotice(n, "")
		if got := inc.Attribute.Confidentiality.DataVictim; !slices.Equal(got, c.want) {
			t.Errorf("%q: data_victim %v, want %v", c.text, got, c.want)
		}
	}
}
