package extract

import (
	"strings"
	"testing"
)

// dateValues returns the dates of text as YYYY-MM-DD, with times as
// YYYY-MM-DDThh:mm.
func dateValues(t *testing.T, text string) ([]string, []string) {
	t.Helper()
	d := testDoc(t, text)
	ms, warnings := Dates(d)
	var out []string
	for _, m := range ms {
		v := m.Value.String()
		if m.Time != "" {
			v += "T" + m.Time
		}
		out = append(out, v)
		if got := text[m.Span[0]:m.Span[1]]; got != m.Text {
			t.Errorf("%q: span %v is %q; text %q", text, m.Span, got, m.Text)
		}
	}
	return out, warnings
}

func TestDateForms(t *testing.T) {
	tests := []struct {
		text string
		want string // dates joined by spaces
	}{
		// Western
		{"公表日 2017年7月26日", "2017-07-26"},
		{"公表日 2017/7/26", "2017-07-26"},
		{"公表日 2017.7.26", "2017-07-26"},
		{"公表日 2017-07-26", "2017-07-26"},
		{"公表日 ２０１７年７月２６日", "2017-07-26"},
		{"公表日 2017年 7月 26日", "2017-07-26"},
		{"公表日 2017年07月26日", "2017-07-26"},
		{"2022 年 1 月 17 日、不正アクセスを確認", "2022-01-17"},
		// Eras
		{"平成29年7月25日", "2017-07-25"},
		{"平成 29 年6月2日(金)", "2017-06-02"},
		{"令和元年5月1日", "2019-05-01"},
		{"令和2年10月27日", "2020-10-27"},
		{"昭和64年1月7日", "1989-01-07"},
		{"平成元年1月8日", "1989-01-08"},
		{"平成31年4月30日", "2019-04-30"},
		{"大正15年12月24日", "1926-12-24"},
		{"明治45年7月29日", "1912-07-29"},
		{"㍻29年7月25日", "2017-07-25"},
		{"㋿2年10月27日", "2020-10-27"},
		{"H29.7.25", "2017-07-25"},
		{"R2.10.27", "2020-10-27"},
		{"R02.10.27", "2020-10-27"},
		{"平29.7.25", "2017-07-25"},
		{"令2.10.27", "2020-10-27"},
		// Kanji numerals
		{"平成二十九年七月二十五日", "2017-07-25"},
		{"令和二年十月二十七日", "2020-10-27"},
		{"二〇二〇年十月二十七日", "2020-10-27"},
		{"二〇二〇年十月一日から三十一日まで", "2020-10-01 2020-10-31"},
		// Year from context
		{"2017年6月5日(月)に掲載し、6月6日(火)に調査を開始", "2017-06-05 2017-06-06"},
		{"2017年3月9日\n■3/9(木)\n■3/10(金)", "2017-03-09 2017-03-09 2017-03-10"},
		{"同社は2017年7月17日、発表した。\n13日午後3時ごろ、攻撃を検知した。\n14日には調査を依頼した。",
			"2017-07-17 2017-07-13T15:00 2017-07-14"},
		{"2018年1月10日\nお客様各位\n12月25日に不審な通信を検知しました。", "2018-01-10 2017-12-25"},
		{"2016年12月20日に検知し、1月5日に公表しました。", "2016-12-20 2017-01-05"},
		{"2020年10月27日に発見し、同日、サイトを停止しました。翌日、警察に相談しました。", "2020-10-27 2020-10-27 2020-10-28"},
		{"2019年12月1日に発生し、同年12月3日に判明", "2019-12-01 2019-12-03"},
		{"流出日 2017年10月29日~30日", "2017-10-29 2017-10-30"},
		// Times
		{"2017年6月2日(金) 10:00 一報を受けました", "2017-06-02T10:00"},
		{"2020年7月20日20:49~2020年10月27日13:47", "2020-07-20T20:49 2020-10-27T13:47"},
		{"2020年10月27日13時47分に確認", "2020-10-27T13:47"},
		{"2020年10月27日午前9時に確認", "2020-10-27T09:00"},
		{"2020年10月27日午後3時半に確認", "2020-10-27T15:30"},
		{"2016/09/02 14:10 一斉配信", "2016-09-02T14:10"},
		{"2017年6月25日の2:00ごろ", "2017-06-25T02:00"},
		// Weekdays
		{"2017年6月5日（月）", "2017-06-05"},
		{"2020年11月3日(火・祝)", "2020-11-03"},
		{"2017年6月6日（火曜日）", "2017-06-06"},
		// Month-day dates before any full date take the year of the events told
		{"大日本印刷は3月12日、流出したと発表した。2006年7月31日、協力要請を受けた。2007年2月1日、逮捕された。",
			"2007-03-12 2006-07-31 2007-02-01"},
		// An era year with its western year beside it; Kangxi radicals for 月 and 日
		{"令和3年(2021年)4月13日(火曜日)に送付", "2021-04-13"},
		{"2021年2⽉6⽇に確認", "2021-02-06"},
		// A headline run on after its date
		{"2019.11.13Aストアの会員情報についてのお詫び", "2019-11-13"},
		// Days counted from the notice's own date or the date last told
		{"2020年5月20日\n先月28日に不審な通信があり、今月2日に判明しました。", "2020-05-20 2020-04-28 2020-05-02"},
		{"2020年3月30日に送信し、翌月2日に回収しました。", "2020-03-30 2020-04-02"},
		{"2020年3月30日に送信し、翌2日に回収しました。", "2020-03-30 2020-04-02"},
		{"2020年3月10日に送信し、翌12日に回収しました。", "2020-03-10 2020-03-12"},
		{"2019年9月9日、市は誤掲載を公表した。今月6日、職員が気付いた。", "2019-09-09 2019-09-06"},
		// A range's end is not put before its start; a weekday picks the year
		{"2017年5月12日(金)から12月25日(月)の間", "2017-05-12 2017-12-25"},
		// A news lead's bare day is the article's: after the events told, or
		// at or before its byline
		{"サンプル社は11日、不正ログインがあったと発表した。2016年5月7日までに被害が出た。5月10日に通知した。",
			"2016-05-11 2016-05-07 2016-05-10"},
		{"サンプル社は16日、流出が今月8日に判明したと発表した。\n(2006/11/27 サンプルニュース)",
			"2006-11-16 2006-11-08 2006-11-27"},
		{"サンプル市は4月1日、2024年11月20日に公表した件の最終報告を発表した。", "2025-04-01 2024-11-20"},
		{"同社は今年3月30日、流出の可能性があると公表した。2008年10月3日から2009年1月23日までの顧客が対象。",
			"2009-03-30 2008-10-03 2009-01-23"},
		// Without any full date, the year comes from the weekdays, at or after the years mentioned
		{"2016年2月の事件のあと、6月29日(木)に攻撃があった。7月18日に発表された。", "2017-06-29 2017-07-18"},
	}
	for _, tt := range tests {
		got, _ := dateValues(t, tt.text)
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: dates %v; want %s", tt.text, got, tt.want)
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"2017年9月現在、まだ届いておりません。",
		"2016年2月と少し前の話です。",
		"関東財務局長(金商)第1960号",
		"バージョン 2.10.3 と 1.2.6 に更新しました。",
		"フリーダイヤル 0120-726-491",
		"12/24時間の監視体制",
		"一日も早い再開に向けて取り組んでおります。",
		"掲載されたのはたったの1日だけ。",
		"今月3日と先月20日に連絡がありました。",
		"大阪市中央区本町3-22-1",
		"2023 年 3 月期決算",
		"資料 https://example.jp/20170308-struts.html をご覧ください",
		"調査には18日間かかりました。",
		"2017年11月14",
	} {
		got, _ := dateValues(t, text)
		if len(got) != 0 {
			t.Errorf("%q: dates %v; want none", text, got)
		}
	}
}

func TestDateWarnings(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"平成31年5月1日", "平成31年"},
		{"平成32年1月1日", "平成32年"},
		{"令和元年4月1日", "令和1年"},
		{"2006年2月29日から2006年9月23日まで", "2006-02-29 does not exist"},
		{"2017年6月3日(金)", "weekday (金) does not match 2017-06-03"},
		{"7月18日(火)に発表された。", "no year"},
	}
	for _, tt := range tests {
		got, warnings := dateValues(t, tt.text)
		joined := strings.Join(warnings, "; ")
		if !strings.Contains(joined, tt.want) {
			t.Errorf("%q: warnings %q; want one with %q", tt.text, joined, tt.want)
		}
		if tt.want != "weekday (金) does not match 2017-06-03" && strings.Contains(tt.text, "平成") && len(got) > 0 {
			t.Errorf("%q: a date its era does not hold became %v", tt.text, got)
		}
	}
}

func TestDateRoles(t *testing.T) {
	tests := []struct {
		name                              string
		text                              string
		published, start, end, discovered string
	}{
		{"dateline beside the addressee",
			"お知らせ 2017年7月26日\n\n平成29年7月25日\n\nお客様各位\n株式会社サンプル\n\n平成 29 年6月2日(金) 10:00\n\n決済代行会社から不正利用の可能性があるとの一報を受けました。\n\n平成27年9月15日から平成29年6月2日の間に弊社オンラインショップでクレジットカード決済をご利用されたお客様が対象となります。",
			"2017-07-25", "2015-09-15", "2017-06-02", "2017-06-02"},
		{"headline ending with its date",
			"【事件簿】サンプル工業株式会社 ランサムウェア感染被害のお知らせ  2023 年 5 月 9 日\n\n5 月 5 日(金)深夜に外部から不正アクセスを受け、ファイルが暗号化されていることを 5 月 6 日(土)に確認しました。",
			"2023-05-09", "", "", "2023-05-06"},
		{"news lead",
			"サンプル商事は12月9日、不正アクセスによる顧客情報漏えいの可能性があると発表した。同社は、2024年6月26日に、カード会社から漏洩懸念について連絡を受けた。2024年9月24日に調査が完了し、2019年12月27日~2024年5月15日の期間に商品を購入した顧客の情報が漏洩したことを確認。",
			"2024-12-09", "2019-12-27", "2024-05-15", "2024-06-26"},
		{"window open at one end",
			"お問い合わせがあり、うち1,426件の個人情報が平成26年1月15日以降、閲覧可能な状態になっていたことが5月13日に判明しました。",
			"", "2014-01-15", "", "2014-05-13"},
		{"a range whose start does not exist",
			"2006年2月29日から2006年9月23日までに手続きを行なったユーザーの情報が盗難に遭った。",
			"", "", "2006-09-23", ""},
		{"results and announcements are not the first sign",
			"2017年7月12日\nお客様各位\n6月30日に同社から報告された調査結果により、以下の状況が判明しました。\n対象:2017年2月10日〜2017年5月25日の間に決済が行われたお客様情報。",
			"2017-07-12", "2017-02-10", "2017-05-25", ""},
		{"dateline label with text after it",
			"サンプル市\n\n更新日:2024年2月27日 印刷用ページを表示\n\n令和6年2月15日に書類を誤って廃棄しました。",
			"2024-02-27", "", "", ""},
		{"dateline label after the organization",
			"サンプル県 公開日: 2025年08月21日\n\n8月12日に書類が見当たらないことに気付きました。8月19日に謝罪しました。",
			"2025-08-21", "", "", "2025-08-12"},
		{"a press release's dateline",
			"個人情報の流出について\n\n2023年4月3日 報道発表資料\n\n4月1日に名簿を紛失したことが判明しました。",
			"2023-04-03", "", "", "2023-04-01"},
		{"a newspaper's byline",
			"名簿流出、サンプル市\n(サンプル新聞 2019年9月9日)\n市は9月6日に判明したと明らかにした。",
			"2019-09-09", "", "", "2019-09-06"},
		{"an occurrence's time is no dateline",
			"サンプル市\n\n発生日時:2023年1月5日 10時頃\n\n職員が名簿を紛失しました。",
			"", "", "", ""},
		{"a window open to all",
			"2020年4月1日から2020年5月10日まで、名簿がホームページに公開されていました。",
			"", "2020-04-01", "2020-05-10", ""},
		{"a chronology's dates are no dateline",
			"概要\nサンプル社のサイトで流出がありました。\n経過\n2016年3月22日(火)\nカード会社から流出懸念の連絡を受けました。\n2016年3月22日(火)\n調査を依頼しました。\n2016年3月24日(木)\n警察に報告しました。",
			"", "", "", "2016-03-22"},
		{"a department's dateline",
			"サンプル市の個人情報流出に関するお詫び\n情報政策課 2007年5月16日\nこの度、個人情報が流出する事件が発生しました。",
			"2007-05-16", "", "", ""},
		{"a title run together with its page",
			"平成27年11月27日 サンプル病院 データの紛失について 本院の医師が,データを院内で紛失したことが判明しました。",
			"2015-11-27", "", "", ""},
		{"a sentence that opens with the announcement's date",
			"2025年7月29日、サンプル県は、対象者の名簿を含むメールを誤送信したことを公表しました。",
			"2025-07-29", "", "", ""},
		{"headline opening with its date",
			"ニュース\n\n2023.4.17お知らせ\n\n会員情報の取り扱いについてご報告します。",
			"2023-04-17", "", "", ""},
		{"a date under an event label is not the notice's",
			"メール誤送信について\n\n1.発生年月日\n令和6年6月25日(火曜日)\n\n2.内容\n職員が誤った宛先に送信しました。",
			"", "", "", ""},
		{"a news lead beats its byline",
			"2004年06月09日(水) 19時34分\nサンプル石油、会員情報が漏洩\nサンプル石油は8日、会員の情報が漏洩していたと発表した。",
			"2004-06-08", "", "", ""},
		{"a byline alone",
			"サンプル社の会員情報が流出した。\n(2006/07/24 12:00)",
			"2006-07-24", "", "", ""},
		{"a time about is no announcement",
			"サンプル学会は、2025年6月10日頃にメールアカウントが不正にアクセスされたと公表した。",
			"", "", "", ""},
		{"coordinated dates share their predicate",
			"2021年12月7日には利用者から、同年12月8日にはカード会社から、それぞれ漏えいの懸念について報告を受けました。",
			"", "", "", "2021-12-07"},
		{"a call came in",
			"2017年12月23日(土)に利用者より連絡が入り、調査を開始しました。",
			"", "", "", "2017-12-23"},
		{"a tip received",
			"2024年6月6日:警察よりカード情報漏えいの懸念について通報を受ける\n2024年6月27日:決済を停止",
			"", "", "", "2024-06-06"},
		{"a noun holding a cue word is no first sign",
			"2020年7月14日、不正アクセスを受け、本人確認書類の画像が流出しました。2020年7月16日にお知らせを掲載しました。",
			"", "2020-07-14", "2020-07-14", ""},
		{"a page left open from a day",
			"2017年2月7日 に投稿したフォームのリンクが公開されたままとなっており、過去の登録者の情報を閲覧できる状態でした。2021年10月19日、外部の方からのご指摘で発覚しました。",
			"", "2017-02-07", "", "2021-10-19"},
		{"an intrusion told after its range is the window",
			"2005年12月10日~2011年3月31日の間に受注した注文情報が保管されていました。調査の結果、今年4月15日から23日の間、外部から不正アクセスがあったことが判明した。",
			"", "2011-04-15", "2011-04-23", ""},
		{"an investigation's period is no window",
			"2023年4月10日~6月30日 流出した可能性のある情報の洗い出しと改ざん等の影響について調査",
			"", "", "", ""},
		{"found, then announced",
			"サンプル社は16日、流出が今月8日に判明したと発表した。\n(2006/11/27 サンプルニュース)",
			"2006-11-16", "", "", "2006-11-08"},
		{"the announcement of a news lead is no first sign",
			"サンプル大学も2026年2月9日、パソコンの紛失を発表しています。",
			"2026-02-09", "", "", ""},
		{"a period is no first sign",
			"受付初日6月23日の約10時間にわたり、他の申込者の入力内容を閲覧できる状態になっていたことが、ご指摘で判明しました。\n2020年6月25日",
			"2020-06-25", "2020-06-23", "2020-06-23", ""},
		{"a day's hours of intrusion",
			"2017年2月22日16時頃から22時頃、外部からの不正ログインがありました。",
			"", "2017-02-22", "2017-02-22", ""},
		{"a day under an occurrence label",
			"1 発生日時\n令和7年9月3日(水)午後4時から4時20分\n\n2 概要\n答案の画像を誤って保護者に配信しました。",
			"", "2025-09-03", "2025-09-03", ""},
		{"the day of an attack",
			"弊社は2020年7月14日、外部からの不正アクセスを受け、会員情報が流出しました。2020年7月16日、お知らせを掲載しました。",
			"", "2020-07-14", "2020-07-14", ""},
		{"an article's own date is no day of the attack",
			"サンプル通信は10月4日、サンプル社が外部の攻撃を受け情報が流出したと伝えた。",
			"", "", "", ""},
		{"a document's date is no day of the attack",
			"2022年2月14日付「不正アクセスを受けた件について」でお知らせしたとおりです。",
			"", "", "", ""},
		{"first signs received over a range",
			"2004年4月26日\nお客様各位\nサンプル社\n3月9日から4月23日にかけ、4人の会員から不審な請求書について問い合わせがあった。",
			"2004-04-26", "", "", "2004-03-09"},
		{"a bracketed chronology",
			"1. 経緯\n\n[2025 年 9 月 25 日]\n\n・委託先で不正アクセスが発生しました。\n\n[2025 年 10 月 27 日]\n\n・委託先より「当行のお客さま 2 名の氏名が漏えいしたことが判明した」旨のご報告を受領しました。",
			"", "", "", "2025-10-27"},
		{"an investigation's report is no first sign",
			"2022年10月17日、第三者調査機関による調査報告を受領しました。",
			"", "", "", ""},
		{"an aside tells no event",
			"2022年10月5日、外部機関から、資料(2021年7月公表)の秘匿処理について照会がありました。",
			"", "", "", "2022-10-05"},
		{"a check not done is no first sign",
			"2023年5月1日、宛先の確認を怠り、職員がメールを誤送信しました。2023年5月2日、受信者からの連絡で判明しました。",
			"", "", "", "2023-05-02"},
		{"a mistake noticed that day",
			"2023年5月1日、職員がメールを誤送信し、受信者からの連絡で判明しました。",
			"", "", "", "2023-05-01"},
		{"opening hours are no exposure",
			"受付期間 2020年1月6日~2020年3月31日 窓口にて受付いたします。",
			"", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ReadDates(testDoc(t, tt.text))
			check := func(what, want string, got *Date) {
				t.Helper()
				g := ""
				if got != nil {
					g = got.String()
				}
				if g != want {
					t.Errorf("%s = %q; want %q", what, g, want)
				}
			}
			var pub, disc, start, end *Date
			if r.Published != nil {
				pub = &r.Published.Value
			}
			if r.Discovered != nil {
				disc = &r.Discovered.Value
			}
			if r.Exposure != nil {
				if r.Exposure.Start != nil {
					start = &r.Exposure.Start.Date
				}
				if r.Exposure.End != nil {
					end = &r.Exposure.End.Date
				}
			}
			check("published", tt.published, pub)
			check("exposure start", tt.start, start)
			check("exposure end", tt.end, end)
			check("discovered", tt.discovered, disc)
		})
	}
}

func TestExposureKeepsTimes(t *testing.T) {
	r := ReadDates(testDoc(t, "2020年7月20日20:49~2020年10月27日13:47の期間中にクレジットカード情報を入力されたお客様"))
	if r.Exposure == nil || r.Exposure.Start.Time != "20:49" || r.Exposure.End.Time != "13:47" {
		t.Fatalf("exposure %+v", r.Exposure)
	}
	b, _ := r.Exposure.Start.MarshalText()
	if string(b) != "2020-07-20T20:49" {
		t.Errorf("start marshals as %s", b)
	}
}

func TestTimeline(t *testing.T) {
	text := "【経緯】\n\n1. 2017年6月2日(金) 10:00\n\n決済代行会社から一報を受けました。\n\n2. 2017年6月5日(月)\n\nお知らせを掲載しました。\n" +
		"■3/9(木)\n18:00\n影響調査を開始。\n23:53\nシステムを全停止。\n"
	r := ReadDates(testDoc(t, text))
	want := []string{
		"2017-06-02 10:00 決済代行会社から一報を受けました。",
		"2017-06-05  お知らせを掲載しました。",
		"2017-03-09  ",
		"2017-03-09 18:00 影響調査を開始。",
		"2017-03-09 23:53 システムを全停止。",
	}
	var got []string
	for _, e := range r.Timeline {
		got = append(got, e.Date.String()+" "+e.Time+" "+e.Text)
	}
	if strings.Join(got, "\n") != strings.Join(want[:2], "\n")+"\n"+strings.Join(want[3:], "\n") {
		t.Errorf("timeline:\n%s", strings.Join(got, "\n"))
	}
}

func BenchmarkDates(b *testing.B) {
	d := testDoc(b, strings.Repeat("平成 29 年6月2日(金) 10:00 決済代行会社から一報を受けました。6月5日(月)に掲載。\n", 200))
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		ReadDates(d)
	}
}
