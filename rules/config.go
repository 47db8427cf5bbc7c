package rules

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/padlint/padlint/internal/fold"
	"github.com/padlint/padlint/pad"
	"go.yaml.in/yaml/v3"
)

// FileName is the name of the configuration file, looked for in the current
// directory and its parents.
const FileName = ".padlint.yaml"

// Config is what a community sets in .padlint.yaml.
type Config struct {
	Lang             string              `yaml:"lang"`              // of messages: fr or en
	HeaderWithin     int                 `yaml:"header_within"`     // lines of notes allowed above the header
	DescriptionLines int                 `yaml:"description_lines"` // at most
	Rules            map[string]Severity `yaml:"rules"`             // severity by rule id; off to switch off
	Labels           map[string][]string `yaml:"labels"`            // more labels by field
	Vocabulary       []string            `yaml:"vocabulary"`        // the community's hashtags
	Welcome          []string            `yaml:"welcome"`           // more welcome texts

	File   string `yaml:"-"` // where it was read from, "" for the defaults
	labels *pad.Labels
	opts   pad.Options
	vocab  map[string]string // folded tag → its spelling
}

var settings = []string{"lang", "header_within", "description_lines", "rules", "labels", "vocabulary", "welcome"}

// Default returns the convention as written.
func Default() *Config {
	c := &Config{HeaderWithin: 5, DescriptionLines: 3}
	if err := c.prepare(); err != nil {
		panic(err) // the defaults are valid
	}
	return c
}

// Find looks for .padlint.yaml in dir and its parents.
func Find(dir string) (string, bool) {
	for {
		path := filepath.Join(dir, FileName)
		if _, err := os.Stat(path); err == nil {
			return path, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Load reads a configuration file over the defaults.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	c, err := parseConfig(data)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.File = path
	return c, nil
}

func parseConfig(data []byte) (*Config, error) {
	c := &Config{HeaderWithin: 5, DescriptionLines: 3}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	if err := checkKeys(&root); err != nil {
		return nil, err
	}
	if err := root.Decode(c); err != nil {
		return nil, err
	}
	return c, c.prepare()
}

// checkKeys refuses settings padlint does not know, which are typos.
func checkKeys(root *yaml.Node) error {
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	m := root.Content[0].Content
	for k := 0; k < len(m); k += 2 {
		if !slices.Contains(settings, m[k].Value) {
			return fmt.Errorf("line %d: unknown setting %q (known: %s)", m[k].Line, m[k].Value, strings.Join(settings, ", "))
		}
	}
	return nil
}

// prepare checks the settings and builds what checks need from them.
func (c *Config) prepare() error {
	if c.Lang != "" && c.Lang != "fr" && c.Lang != "en" {
		return fmt.Errorf("lang: %q is not a language padlint speaks: use fr or en", c.Lang)
	}
	if c.HeaderWithin < 0 || c.DescriptionLines < 1 {
		return errors.New("header_within must be 0 or more, and description_lines 1 or more")
	}
	for id := range c.Rules {
		if _, ok := Lookup(id); !ok {
			return fmt.Errorf("rules: no rule is called %q (padlint rules lists them)", id)
		}
	}
	if err := c.prepareLabels(); err != nil {
		return err
	}
	c.opts = pad.Options{
		Labels:       c.labels,
		HeaderWithin: c.HeaderWithin,
		Welcome:      pad.NewWelcome(append(slices.Clip(pad.DefaultWelcome), c.Welcome...)),
	}
	c.vocab = map[string]string{}
	for _, t := range c.Vocabulary {
		t = "#" + strings.TrimPrefix(strings.TrimSpace(t), "#")
		c.vocab[fold.String(t[1:])] = t
	}
	return nil
}

func (c *Config) prepareLabels() error {
	c.labels = pad.DefaultLabels()
	for key, texts := range c.Labels {
		f, ok := pad.ParseFieldName(key)
		if !ok {
			return fmt.Errorf("labels: %q is not a field (title, description, next_steps, hashtags, context or participants)", key)
		}
		for _, t := range texts {
			c.labels.Add(f, t, "")
		}
	}
	return nil
}

// PadOptions returns what the pad parser needs to know from c.
func (c *Config) PadOptions() pad.Options { return c.opts }

// Severity returns the severity a rule has under c; Off when switched off.
func (c *Config) Severity(r *Rule) Severity {
	if s, ok := c.Rules[r.ID]; ok {
		return s
	}
	return r.Severity
}
