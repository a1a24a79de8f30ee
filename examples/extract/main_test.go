package main

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/japanese"

	"github.com/jpbreach/jpbreach/veris"
)

// sampleNotice is a short notice written for these tests.
const sampleNotice = `2017年7月25日
お客様各位
株式会社テスト商会
代表取締役 山田 太郎

不正アクセスによる個人情報流出に関するお詫び

弊社サイトが不正アクセスを受け、お客様の氏名、メールアドレスが流出した可能性があります(最大%d件)。
【お問い合わせ先】専用ダイヤル 0120-000-%03d
`

// writeNotices writes n numbered notices into dir and returns their paths
// in lexical order.
func writeNotices(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("n%03d.txt", i))
		if err := os.WriteFile(p, []byte(fmt.Sprintf(sampleNotice, 100+i, i)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errs)
	return out.String(), errs.String(), code
}

func TestOneFileIsAnIndentedRecord(t *testing.T) {
	out, errs, code := runCmd(t, "", "../../testdata/seed-000.txt")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec["organization"] != "株式会社ゴゴジャン" || rec["source"] != nil || !strings.Contains(out, "\n  \"") {
		t.Errorf("record: %.200s", out)
	}
}

func TestOrderUnderParallelism(t *testing.T) {
	dir := t.TempDir()
	paths := writeNotices(t, dir, 24)
	out, errs, code := runCmd(t, "", "-j", "8", dir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d lines for %d files", len(lines), len(paths))
	}
	for i, l := range lines {
		var rec struct {
			Source   string `json:"source"`
			Affected int    `json:"affected"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Source != paths[i] || rec.Affected != 100+i {
			t.Errorf("line %d: %s affected %d; want %s %d", i, rec.Source, rec.Affected, paths[i], 100+i)
		}
	}
}

func TestFormats(t *testing.T) {
	dir := t.TempDir()
	paths := writeNotices(t, dir, 2)
	out, _, code := runCmd(t, "", "-format", "json", paths[0], paths[1])
	var all []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &all) != nil || len(all) != 2 || all[1]["source"] != paths[1] {
		t.Errorf("json array: exit %d %.200s", code, out)
	}
	out, _, _ = runCmd(t, "", "-jsonl", paths[0])
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"source":"`+paths[0]) {
		t.Errorf("jsonl: %.200s", out)
	}
	out, _, _ = runCmd(t, "", "-format", "csv", dir)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv: %v %q", err, out)
	}
	if strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Errorf("header %q", rows[0])
	}
	want := []string{paths[1], "株式会社テスト商会", "2017-07-25", "", "", "101", "name;email", "unauthorized_access", "0120-000-001"}
	if strings.Join(rows[2], "|") != strings.Join(want, "|") {
		t.Errorf("row\n got %q\nwant %q", rows[2], want)
	}
	out, _, _ = runCmd(t, "", "-format", "csv", "-excel", dir)
	if !strings.HasPrefix(out, "\ufeffsource,") {
		t.Errorf("-excel output starts %q", out[:min(10, len(out))])
	}
}

func TestErrorsAndExitCodes(t *testing.T) {
	dir := t.TempDir()
	writeNotices(t, dir, 2)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "image.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("abc\x00def"), 0o644)
	os.WriteFile(filepath.Join(dir, "n000.txt.json"), []byte(`{"a": 1}`), 0o644)
	out, errs, code := runCmd(t, "", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d; want 1", code)
	}
	for _, want := range []string{"empty.txt: empty input", "binary.txt: binary data", "missing.txt"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs, "image.png") || strings.Contains(out, "image.png") || strings.Contains(out, ".json") {
		t.Errorf("a non-text or data file was read:\n%s\n%s", out, errs)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("%d records; want the 2 good files", n)
	}
	for _, args := range [][]string{{}, {"-format", "xml", dir}, {"-excel", dir}, {"-nosuchflag", dir}} {
		if _, _, code := runCmd(t, "", args...); code != 2 {
			t.Errorf("%q: exit %d; want 2", args, code)
		}
	}
	_, errs, code = runCmd(t, "", "-h")
	if code != 0 || !strings.Contains(errs, "Examples:") || !strings.Contains(errs, "-summary") {
		t.Errorf("-h: exit %d\n%s", code, errs)
	}
}

func TestStdinAndEncodings(t *testing.T) {
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(fmt.Sprintf(sampleNotice, 5, 5))
	out, errs, code := runCmd(t, sjis, "-")
	if code != 0 || !strings.Contains(out, `"affected": 5`) || !strings.Contains(out, `"encoding": "Shift_JIS"`) {
		t.Errorf("exit %d %s\n%.300s", code, errs, out)
	}
}

func TestEmailBodies(t *testing.T) {
	body, _ := japanese.ISO2022JP.NewEncoder().String(fmt.Sprintf(sampleNotice, 7, 7))
	plain := "From: a@example.com\r\nSubject: notice\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + body
	multi := "From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=XX\r\n\r\n" +
		"--XX\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>ignored 2001年1月1日</p>\r\n" +
		"--XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		wrap(base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf(sampleNotice, 8, 8))), 76) + "\r\n--XX--\r\n"
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.eml"), []byte(plain), 0o644)
	os.WriteFile(filepath.Join(dir, "b.eml"), []byte(multi), 0o644)
	out, errs, code := runCmd(t, "", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"affected":7`) || !strings.Contains(out, `"affected":8`) || strings.Contains(out, "2001-01-01") {
		t.Errorf("e-mail records:\n%s", out)
	}
}

func TestSummary(t *testing.T) {
	dir := t.TempDir()
	writeNotices(t, dir, 3) // affected 100, 101, 102
	out, _, code := runCmd(t, "", "-summary", dir)
	for _, want := range []string{"notices                      3", "affected, total              303", "affected, median             101",
		"  unauthorized_access        3", "  2017                       3", "  email                      3"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if code != 0 {
		t.Errorf("exit %d", code)
	}
}

func TestProgress(t *testing.T) {
	line := progressLine(5, 20, 10*time.Second)
	if !strings.HasPrefix(line, "[#######.......................] 5/20 files  0.5 files/s  30s left") {
		t.Errorf("progress line %q", line)
	}
	var buf bytes.Buffer
	p := newProgress(&buf, 100)
	p.done()
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("progress drawn on a non-terminal: %q", buf.String())
	}
}

// reviewPage renders the review page of the saved notices and returns it
// with the spans of their records.
func reviewPage(t *testing.T) (string, map[string]bool) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "review.html")
	files, _ := filepath.Glob("../../testdata/seed-*.txt")
	files = append(files, "../../testdata/seed-002.html")
	if _, errs, code := runCmd(t, "", append([]string{"-html", path, "-format", "jsonl"}, files...)...); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := map[string]bool{}
	for _, r := range parseAll(inputsOf(files), nil, 2, func() {}) {
		for _, m := range marksOf(r.rec) {
			want[fmt.Sprintf("%s %d-%d", r.source, m.start, m.end)] = true
		}
	}
	return path, want
}

func inputsOf(files []string) []input {
	var in []input
	for _, f := range files {
		in = append(in, input{f})
	}
	return in
}

// markedSpans collects, per notice section, the spans named by data-spans
// attributes in an HTML document.
func markedSpans(t *testing.T, doc string) map[string]bool {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	source := ""
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "h2" && n.FirstChild != nil {
			source = n.FirstChild.Data
		}
		for _, a := range n.Attr {
			if a.Key == "data-spans" {
				for _, s := range strings.Fields(a.Val) {
					got[source+" "+s] = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return got
}

func checkMarked(t *testing.T, want, got map[string]bool) {
	t.Helper()
	if len(want) < 100 {
		t.Fatalf("only %d spans to check", len(want))
	}
	for s := range want {
		if !got[s] {
			t.Errorf("span %s is not marked", s)
		}
	}
}

func TestReviewPageMarksEverySpan(t *testing.T) {
	path, want := reviewPage(t)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("http://")) && bytes.Contains(b, []byte("<link")) || bytes.Contains(b, []byte("<script src")) {
		t.Error("the page loads resources from the network")
	}
	checkMarked(t, want, markedSpans(t, string(b)))
}

// TestReviewPageInChromium renders the page in headless Chromium (Debian's
// chromium package) and checks every span in the DOM the browser built.
func TestReviewPageInChromium(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("JPBREACH_REQUIRE_CHROMIUM") != "" {
			t.Fatal("chromium is not installed")
		}
		t.Skip("chromium is not installed (apt-get install chromium)")
	}
	path, want := reviewPage(t)
	abs, _ := filepath.Abs(path)
	cmd := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--dump-dom", "file://"+abs)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	checkMarked(t, want, markedSpans(t, string(dom)))
}

func wrap(s string, n int) string {
	var b strings.Builder
	for len(s) > n {
		b.WriteString(s[:n] + "\r\n")
		s = s[n:]
	}
	b.WriteString(s)
	return b.String()
}

func TestFormatVERIS(t *testing.T) {
	out, errs, code := runCmd(t, "", "-format", "veris", "../../testdata/seed-000.txt")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var inc map[string]any
	if err := json.Unmarshal([]byte(out), &inc); err != nil {
		t.Fatal(err)
	}
	if inc["schema_version"] != "1.4.0" || inc["reference"] != "../../testdata/seed-000.txt" ||
		!strings.Contains(out, "\n  \"") {
		t.Errorf("one file: %.300s", out)
	}

	dir := t.TempDir()
	paths := writeNotices(t, dir, 3)
	undated := filepath.Join(dir, "z-undated.txt")
	if err := os.WriteFile(undated, []byte("お客様の氏名が流出した可能性があります。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code = runCmd(t, "", "-format", "veris", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || !strings.Contains(errs, "z-undated.txt") || !strings.Contains(errs, "-veris-year") || len(lines) != len(paths) {
		t.Fatalf("exit %d, %d lines for %d dated notices; stderr %q", code, len(lines), len(paths), errs)
	}
	for i, l := range lines {
		if inc := verisLine(t, l); inc.Reference != paths[i] || inc.IncidentID == "" {
			t.Errorf("line %d: %.200s", i, l)
		}
	}

	// -veris-year codes the notice with no date, and only it, with that year
	// and a note saying so.
	out, errs, code = runCmd(t, "", "-format", "veris", "-veris-year", "2019", dir)
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || errs != "" || len(lines) != len(paths)+1 {
		t.Fatalf("-veris-year: exit %d, %d lines for %d notices; stderr %q", code, len(lines), len(paths)+1, errs)
	}
	for i, l := range lines {
		inc := verisLine(t, l)
		supplied := inc.Reference == undated
		if supplied != (inc.Notes == veris.NoteFallbackYear) || supplied != (inc.Timeline.Incident.Year == 2019) {
			t.Errorf("-veris-year: line %d: %.300s", i, l)
		}
	}

	for _, args := range [][]string{{"-veris-year", "2019", dir}, {"-format", "veris", "-veris-year", "1900", dir}} {
		if _, errs, code := runCmd(t, "", args...); code != 2 || !strings.Contains(errs, "-veris-year") {
			t.Errorf("%q: exit %d; want 2 and a word on -veris-year: %s", args, code, errs)
		}
	}
}

// verisLine decodes one line of -format veris output.
func verisLine(t *testing.T, line string) veris.Incident {
	t.Helper()
	var inc veris.Incident
	if err := json.Unmarshal([]byte(line), &inc); err != nil {
		t.Errorf("%v: %.200s", err, line)
	}
	return inc
}

func TestPDFsInAFolder(t *testing.T) {
	dir := t.TempDir()
	writeNotices(t, dir, 1)
	seed, err := os.ReadFile("../../pdftext/testdata/seed-002.pdf")
	if err != nil {
		t.Fatal(err)
	}
	scanned, _ := os.ReadFile("../../pdftext/testdata/scanned.pdf")
	os.WriteFile(filepath.Join(dir, "notice.PDF"), seed, 0o644)
	os.WriteFile(filepath.Join(dir, "scan.pdf"), scanned, 0o644)
	os.WriteFile(filepath.Join(dir, "cut.pdf"), seed[:len(seed)/4], 0o644)
	out, errs, code := runCmd(t, "", "-format", "jsonl", dir)
	if code != 1 {
		t.Errorf("exit %d; want 1", code)
	}
	for _, want := range []string{"scan.pdf: image-only PDF", "cut.pdf: broken PDF"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, `"source":"`+filepath.Join(dir, "notice.PDF")+`"`) || !strings.Contains(out, `"affected":48685`) {
		t.Errorf("the PDF gave no record:\n%.500s", out)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("%d records; want the text and the PDF", n)
	}
	out, errs, code = runCmd(t, string(seed), "-")
	if code != 0 || !strings.Contains(out, `"affected": 48685`) {
		t.Errorf("a PDF on standard input: exit %d %s\n%.300s", code, errs, out)
	}
}
