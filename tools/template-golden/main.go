// Command template-golden writes the expected outputs of the template engine's golden cases by running each
// case through Go's own text/template (and Sprig), so the C# engine is checked against Go rather than against
// our reading of Go's documentation.
//
// Usage (GOPATH mode, Sprig from the system Go path):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go run tools/template-golden/main.go tests/Injector.Core.Tests/TestData/Templates
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
)

// options is a case's optional options.json.
type options struct {
	// Functions is "none" or "sprig"; empty means "sprig" for groups named sprig*, otherwise "none".
	Functions string `json:"functions"`
	// Handwritten cases test Go features newer than the local toolchain; their expectations are kept as written.
	Handwritten bool `json:"handwritten"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: template-golden <casesDir>")
		os.Exit(2)
	}
	root := os.Args[1]
	groups, err := subdirs(root)
	if err != nil {
		fail(err)
	}
	written, kept := 0, 0
	for _, group := range groups {
		cases, err := subdirs(filepath.Join(root, group))
		if err != nil {
			fail(err)
		}
		for _, name := range cases {
			dir := filepath.Join(root, group, name)
			generated, err := generate(group, name, dir)
			if err != nil {
				fail(fmt.Errorf("%s/%s: %w", group, name, err))
			}
			if generated {
				written++
			} else {
				kept++
			}
		}
	}
	fmt.Printf("%d cases generated, %d handwritten cases kept\n", written, kept)
}

func generate(group, name, dir string) (bool, error) {
	opts, err := readOptions(dir)
	if err != nil {
		return false, err
	}
	if opts.Handwritten {
		return false, nil
	}
	text, err := os.ReadFile(filepath.Join(dir, "template.tmpl"))
	if err != nil {
		return false, err
	}
	data, err := readData(dir)
	if err != nil {
		return false, err
	}
	funcs, err := functionsFor(group, opts)
	if err != nil {
		return false, err
	}

	output, runErr := run(name, string(text), funcs, data)
	for _, stale := range []string{"expected.txt", "expected-error.txt"} {
		if err := os.Remove(filepath.Join(dir, stale)); err != nil && !os.IsNotExist(err) {
			return false, err
		}
	}
	if runErr != nil {
		return true, os.WriteFile(filepath.Join(dir, "expected-error.txt"), []byte(runErr.Error()), 0o644)
	}
	return true, os.WriteFile(filepath.Join(dir, "expected.txt"), output, 0o644)
}

func run(name, text string, funcs template.FuncMap, data interface{}) ([]byte, error) {
	tmpl := template.New(name)
	if funcs != nil {
		tmpl = tmpl.Funcs(funcs)
	}
	tmpl, err := tmpl.Parse(text)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := tmpl.Execute(&out, data); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func functionsFor(group string, opts options) (template.FuncMap, error) {
	choice := opts.Functions
	if choice == "" {
		choice = "none"
		if strings.HasPrefix(group, "sprig") {
			choice = "sprig"
		}
	}
	switch choice {
	case "none":
		return nil, nil
	case "sprig":
		return sprig.TxtFuncMap(), nil
	default:
		return nil, fmt.Errorf("unknown function set %q", choice)
	}
}

func readOptions(dir string) (options, error) {
	var opts options
	raw, err := os.ReadFile(filepath.Join(dir, "options.json"))
	if os.IsNotExist(err) {
		return opts, nil
	}
	if err != nil {
		return opts, err
	}
	return opts, json.Unmarshal(raw, &opts)
}

// readData decodes data.json the way Go programs usually see JSON: objects as map[string]interface{}, arrays as
// []interface{}, every number as float64.
func readData(dir string) (interface{}, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "data.json"))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var data interface{}
	return data, json.Unmarshal(raw, &data)
}

func subdirs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, entry := range entries {
		if entry.IsDir() {
			names = append(names, entry.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
