package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestCountForms(t *testing.T) {
	tests := []struct {
		text  string
		value int64
		basis string
		qual  string
	}{
		{"流出件数は9,822件です。", 9822, "records", "exact"},
		{"個人情報の件数 48,685件(=人数)", 48685, "people", "exact"},
		{"流出した情報の件数 9,822件(=カード番号の数)", 9822, "cards", "exact"},
		{"対象件数:最大3,812件", 3812, "records", "max"},
		{"最大で2816人分の情報", 2816, "people", "max"},
		{"対象となる会員は3,812名です。", 3812, "people", "exact"},
		{"漏えい人数 3812", 3812, "people", "exact"},
		{"流出件数は１，２４４件", 1244, "records", "exact"},
		{"約1万8000件の情報", 18000, "records", "approx"},
		{"顧客情報1万2千件が流出", 12000, "records", "exact"},
		{"約13.2万件が対象", 132000, "records", "approx"},
		{"12万件の顧客情報", 120000, "records", "exact"},
		{"一万二千件の顧客情報", 12000, "records", "exact"},
		{"会員二千三百四十五人の情報", 2345, "people", "exact"},
		{"38件の問い合わせ情報", 38, "records", "exact"},
		{"会員22万5,846人の氏名", 225846, "people", "exact"},
		{"クレジットカード情報(2259件)が漏洩した可能性", 2259, "cards", "exact"},
		{"対象のメールは1,200通", 1200, "emails", "exact"},
		{"不正ログインされたのは530アカウント", 530, "accounts", "exact"},
		{"1,000件以上の情報", 1000, "records", "at_least"},
		{"少なくとも500人", 500, "people", "at_least"},
		{"約300件程度", 300, "records", "approx"},
		{"個人情報29万超が漏洩", 290000, "records", "at_least"},
		{"クレカ7万件超を漏洩", 70000, "cards", "at_least"},
		{"対象は202 世帯の名簿です。", 202, "people", "exact"},
		{"延べ1,200人分の情報", 1200, "people", "exact"},
		{"誤送信したメールは150通", 150, "emails", "exact"},
		{"173万5841名分のログインIDとパスワード", 1735841, "people", "exact"},
		{"750件分の申込書画像データ", 750, "records", "exact"},
		{"カード7枚が入った財布", 7, "cards", "exact"},
	}
	for _, tt := range tests {
		d := testDoc(t, tt.text)
		cs := Counts(d)
		if len(cs) != 1 {
			t.Errorf("%q: %d counts %+v; want 1", tt.text, len(cs), cs)
			continue
		}
		c := cs[0]
		if c.Value != tt.value || c.Basis != tt.basis || c.Qualifier != tt.qual {
			t.Errorf("%q: %d %s %s; want %d %s %s", tt.text, c.Value, c.Basis, c.Qualifier, tt.value, tt.basis, tt.qual)
		}
		if got := tt.text[c.Span[0]:c.Span[1]]; got != c.Text {
			t.Errorf("%q: span %v is %q; text %q", tt.text, c.Span, got, c.Text)
		}
	}
}

func TestPerFieldCounts(t *testing.T) {
	text := "不正に取得された情報数が以下のとおり確定しました。\n" +
		"・クレジットカード番号・有効期限:364,181\n" +
		"・メールアドレス(※):362,049\n" +
		"1 | クレジットカード番号・クレジットカード有効期限 | 61,661件 |\n" +
		"2 | 1に加え、メールアドレス | 614,629件 |\n" +
		"1 | カード番号・セキュリティコード・住所・氏名 |\n622件 |\n"
	got := map[int64]string{}
	for _, c := range Counts(testDoc(t, text)) {
		got[c.Value] = strings.Join(c.Fields, ",")
	}
	want := map[int64]string{
		364181: "card_number,card_expiry",
		362049: "email",
		61661:  "card_number,card_expiry",
		614629: "card_number,card_expiry,email",
		622:    "card_number,card_security_code,address,name",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("counts and fields\n got %v\nwant %v", got, want)
	}
}

func TestNotCounts(t *testing.T) {
	for _, text := range []string{
		"被害額は約700万円です。",
		"カード会社5社が設立した機関",
		"該当2サイト以外",
		"全国120店舗で",
		"調査に18日間かかりました。",
		"約30分の間",
		"24時間対応",
		"2017年の出来事",
		"(1)流出した可能性のある情報",
		"1.お客様への対応",
		"①氏名",
		"関東財務局長(金商)第1960号",
		"日本証券投資顧問業協会会員 012-02323",
		"フリーダイヤル 0120-726-491",
		"〒100-0001",
		"2020年10月27日13:47",
		"前年比12%の増加",
		"商品価格 3,980円(税込)",
		"過去6年間に1,514件の市への「お問い合わせ」があり",
		"ひとまず一件落着か?",
		"以下3点を確認しております。",
		"第1回対策会議",
		"氏名1名前",
		"2人目の送信は10時30分",
		"同じメールが13名宛に届いた",
		"誤記載の事故が1件発生しました",
		"1件1500円で売却した",
		"A4用紙1,033枚",
		"新たに100件を超える事件が判明",
		"50人体制で調査を行う",
		"当社は従業員約800名を擁し、全国で営業しております。",
		"市は担当の上司3人についても処分を検討している。",
		"委託先の作業員(2名)が作業を行っていました。",
		"職員1名のメールアカウントに不正にログインされました。",
	} {
		if cs := Counts(testDoc(t, text)); len(cs) != 0 {
			t.Errorf("%q: counts %+v; want none", text, cs)
		}
	}
}

// TestCountLists checks the whole list of counts a text gives: group
// counts, pools and tables.
func TestCountLists(t *testing.T) {
	tests := []struct {
		text string
		want []int64
	}{
		// Group counts
		{"児童40名、保護者35名の氏名が記載されていました。", []int64{40, 35}},
		// Staff whose own data is affected are counted.
		{"職員45名の氏名と住所が記載されていました。", []int64{45}},
		{"退職した従業員120名が対象となります。", []int64{120}},
		{"職員30名のメールアドレスが表示されました。", []int64{30}},
		// Pools the affected are drawn from
		{"約140万人の会員のうち、メルマガ購読者約18万人の情報が流出した。", []int64{180000}},
		{"約7000件の情報を売却した。データベースには約830万人分の情報が登録されている。", []int64{7000}},
		// A figure said to have leaked is no pool.
		{"流出した3,000件のうち、カード情報は1,200件でした。", []int64{3000, 1200}},
		// Nor is a figure under a heading that says the lines below leaked.
		{"漏えいした情報\n受講者850名分のうち、正会員600名分の氏名・住所", []int64{850, 600}},
		{"会員の状況\n受講者850名分のうち、正会員600名分の氏名・住所", []int64{600}},
		// Recipients of a mail are no count when the affected are counted.
		{"生徒12名分の成績表を、保護者180名に配信しました。", []int64{12}},
		{"会員300名あてにメールを送信した際、宛先を誤りました。", []int64{300}},
		// A pool alone is still the only count told.
		{"約140万人の会員のうち、一部の情報が流出した。", []int64{1400000}},
		// Tables whose header declares the unit
		{"記載されていた人数 単位:人\n\n区分\n\n氏名あり\n\n住所あり\n\n会員\n\n31\n\n12\n\n取引先\n\n7\n\n合計\n\n38\n\n2 経緯",
			[]int64{31, 12, 7, 38}},
		{"照合した件数(件)\n一致した人数(人)\nA案件\n1,200,300 1,100,200\n(合計)1,500,000 (流出)1,400,000",
			[]int64{1200300, 1100200, 1500000, 1400000}},
		{"人数(人) 2,403 98 2,100", []int64{2403, 98, 2100}},
		// A year that labels a row is no cell.
		{"年度別の件数(件)\n2021 12\n2022 15", []int64{12, 15}},
		// Figures after a sentence are not the table's.
		{"人数(人)\nこの表は集計中です。\n31\n12", nil},
		// Without a unit header, a row of figures is no count.
		{"区分\n31\n12", nil},
	}
	for _, tt := range tests {
		var got []int64
		for _, c := range Counts(testDoc(t, tt.text)) {
			got = append(got, c.Value)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: counts %v; want %v", tt.text, got, tt.want)
		}
	}
}

func TestAffectedPrefersProse(t *testing.T) {
	d := testDoc(t, "照合の結果、1,400,000件の個人情報が流出しました。\n照合した件数(件)\n(合計)1,500,000 (流出)1,400,000")
	if a := Affected(Counts(d)); a == nil || a.Value != 1400000 {
		t.Fatalf("affected %+v; want 1400000", a)
	}
}

func TestAffected(t *testing.T) {
	d := testDoc(t, "クレジットカード情報等7万1943件を含む、個人情報29万2707件が漏洩した可能性")
	a := Affected(Counts(d))
	if a == nil || a.Value != 292707 {
		t.Fatalf("affected %+v; want 292707", a)
	}
	if Affected(nil) != nil {
		t.Error("no counts, yet an affected count")
	}
}
