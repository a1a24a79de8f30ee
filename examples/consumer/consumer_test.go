// Package consumer checks the module from outside, as a user meets it: a
// module of its own requires github.com/jpbreach/jpbreach (replaced by this
// checkout), builds and parses a notice; and the checkout itself is tidy
// (go mod tidy and gofmt would change nothing).
//
// The go commands run with the environment of the test, so that they use
// the module cache the test's own build filled and reach the module proxy
// only where the environment lets them.
package consumer

import (
	"bytes"
	"go/format"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// modulePath is the path users require the library by.
const modulePath = "github.com/jpbreach/jpbreach"

// consumerMain is the whole program of the consumer module.
const consumerMain = `package main

import (
	"fmt"
	"io"
	"os"

	"github.com/jpbreach/jpbreach/notice"
)

func main() {
	raw, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	n, err := notice.Parse(raw)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	s := n.Evidence["organization"][0]
	fmt.Println(n.Organization, n.Affected, n.Source[s[0]:s[1]])
}
`

// root returns the checkout's root directory.
func root(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || !strings.HasPrefix(string(b), "module "+modulePath+"\n") {
		t.Fatalf("%s/go.mod does not declare module %s (%v)", dir, modulePath, err)
	}
	return dir
}

// goCmd runs the go command in dir and returns its standard output.
func goCmd(t *testing.T, dir string, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"))
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s in %s: %v\n%s%s", strings.Join(args, " "), dir, err, out.String(), errOut.String())
	}
	return out.String()
}

func TestConsumerModuleBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module of its own")
	}
	lib := root(t)
	dir := t.TempDir()
	goMod := "module example.com/consumer\n\ngo 1.24.0\n\n" +
		"require " + modulePath + " v0.0.0-00010101000000-000000000000\n\n" +
		"replace " + modulePath + " => " + lib + "\n"
	sum, err := os.ReadFile(filepath.Join(lib, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"go.mod": goMod, "go.sum": string(sum), "main.go": consumerMain} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goCmd(t, dir, "", "mod", "tidy")
	got := goCmd(t, dir, "2024年5月1日\nお客様各位\n株式会社見本工房\n\nお客様のメールアドレス 1,200件が流出した可能性があります。\n", "run", ".")
	if want := "株式会社見本工房 1200 株式会社見本工房\n"; got != want {
		t.Errorf("consumer printed %q; want %q", got, want)
	}
}

func TestModuleIsTidy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go mod tidy")
	}
	// -diff changes nothing and fails when tidying would change go.mod or go.sum.
	goCmd(t, root(t), "", "mod", "tidy", "-diff")
}

func TestSourcesAreGofmted(t *testing.T) {
	lib := root(t)
	err := filepath.WalkDir(lib, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && path != lib && strings.HasPrefix(e.Name(), ".") {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		formatted, err := format.Source(src)
		if err != nil {
			t.Errorf("%s: %v", path, err)
		} else if !bytes.Equal(src, formatted) {
			t.Errorf("%s is not gofmt-ed (gofmt -l lists it)", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
