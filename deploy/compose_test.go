package deploy_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// service is the part of a compose service the tests look at.
type service struct {
	Profiles    []string          `yaml:"profiles"`
	Image       string            `yaml:"image"`
	Build       any               `yaml:"build"`
	Command     []string          `yaml:"command"`
	Environment map[string]string `yaml:"environment"`
	Ports       []string          `yaml:"ports"`
	Volumes     []string          `yaml:"volumes"`
	DependsOn   any               `yaml:"depends_on"`
	StopGrace   string            `yaml:"stop_grace_period"`
}

// dependsOn returns the services s depends on, with their conditions
// ("" for the short form).
func (s service) dependsOn() map[string]string {
	out := map[string]string{}
	switch d := s.DependsOn.(type) {
	case []any:
		for _, n := range d {
			out[n.(string)] = ""
		}
	case map[string]any:
		for n, c := range d {
			cond, _ := c.(map[string]any)["condition"].(string)
			out[n] = cond
		}
	}
	return out
}

func loadCompose(t *testing.T) map[string]service {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Services map[string]service `yaml:"services"`
	}
	if err := yaml.Unmarshal(b, &f); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	return f.Services
}

// TestComposeDefault: `docker compose up` still starts Neo4j and one
// service, and nothing of the cluster profile.
func TestComposeDefault(t *testing.T) {
	svcs := loadCompose(t)
	var def []string
	for name, s := range svcs {
		if len(s.Profiles) == 0 {
			def = append(def, name)
		}
	}
	slices.Sort(def)
	if strings.Join(def, ",") != "diplograph,neo4j" {
		t.Errorf("services without a profile: %v, want diplograph and neo4j", def)
	}
	if img := svcs["neo4j"].Image; !strings.HasPrefix(img, "neo4j:5.26") {
		t.Errorf("neo4j image %q, want neo4j:5.26", img)
	}
}

// TestComposeClusterProfile checks the shape of the cluster profile: a
// one-shot migrate after Neo4j is healthy; two replicas that only serve,
// over neo4j://, after migrate succeeded, with a drain delay shorter
// than their stop grace period and no port of their own; and a proxy of
// an existing, pinned image that publishes the one port on 127.0.0.1,
// waits for both replicas and is configured (deploy/haproxy.cfg) to
// check /readyz of each.
func TestComposeClusterProfile(t *testing.T) {
	svcs := loadCompose(t)
	inCluster := func(name string) service {
		t.Helper()
		s, ok := svcs[name]
		if !ok {
			t.Fatalf("no service %s", name)
		}
		if !slices.Contains(s.Profiles, "cluster") {
			t.Errorf("%s: profiles %v, want cluster", name, s.Profiles)
		}
		return s
	}
	mig := inCluster("migrate")
	if mig.dependsOn()["neo4j"] != "service_healthy" {
		t.Errorf("migrate depends on %v, want neo4j healthy", mig.dependsOn())
	}
	if !strings.Contains(strings.Join(mig.Command, " "), "diplograph migrate") {
		t.Errorf("migrate command %v", mig.Command)
	}
	if mig.Build == nil || mig.Image == "" {
		t.Errorf("migrate builds the image the replicas run: build %v, image %q", mig.Build, mig.Image)
	}

	replicas := []string{"diplograph-1", "diplograph-2"}
	for _, name := range replicas {
		r := inCluster(name)
		if r.Image != mig.Image {
			t.Errorf("%s runs image %q, migrate built %q", name, r.Image, mig.Image)
		}
		if r.dependsOn()["migrate"] != "service_completed_successfully" {
			t.Errorf("%s depends on %v, want migrate completed", name, r.dependsOn())
		}
		cmd := strings.Join(r.Command, " ")
		if !strings.HasPrefix(cmd, "diplograph serve") || !strings.Contains(cmd, "0.0.0.0:8080") {
			t.Errorf("%s command %q, want diplograph serve on 0.0.0.0:8080", name, cmd)
		}
		if m := regexp.MustCompile(`--drain-delay (\d+)s`).FindStringSubmatch(cmd); m == nil {
			t.Errorf("%s: no --drain-delay", name)
		} else if grace := strings.TrimSuffix(r.StopGrace, "s"); len(grace) == 0 || atoi(grace) < atoi(m[1])+15 {
			t.Errorf("%s: stop_grace_period %q shorter than the drain delay %ss and the 15s shutdown", name, r.StopGrace, m[1])
		}
		uri := r.Environment["NEO4J_URI"]
		if !strings.Contains(uri, "neo4j://") {
			t.Errorf("%s: NEO4J_URI %q, want the routing scheme neo4j://", name, uri)
		}
		if _, ok := r.Environment["DIPLOGRAPH_API_KEY"]; !ok {
			t.Errorf("%s: no DIPLOGRAPH_API_KEY", name)
		}
		if len(r.Ports) != 0 {
			t.Errorf("%s publishes %v; only the proxy should", name, r.Ports)
		}
	}

	px := inCluster("proxy")
	if !regexp.MustCompile(`^(haproxy|nginx|caddy):\d[\w.-]*$`).MatchString(px.Image) {
		t.Errorf("proxy image %q, want a pinned haproxy, nginx or caddy", px.Image)
	}
	deps := px.dependsOn()
	for _, r := range replicas {
		if _, ok := deps[r]; !ok {
			t.Errorf("proxy does not depend on %s", r)
		}
	}
	if len(px.Ports) != 1 || !strings.HasPrefix(px.Ports[0], "127.0.0.1:") || !strings.HasSuffix(px.Ports[0], ":8080") {
		t.Errorf("proxy ports %v, want one on 127.0.0.1 to :8080", px.Ports)
	}
	var cfgPath string
	for _, v := range px.Volumes {
		if src, _, ok := strings.Cut(v, ":"); ok && strings.HasSuffix(src, "haproxy.cfg") {
			cfgPath = src
		}
	}
	if cfgPath == "" {
		t.Fatalf("proxy mounts no haproxy.cfg: %v", px.Volumes)
	}
	b, err := os.ReadFile(filepath.Join("..", cfgPath))
	if err != nil {
		t.Fatalf("proxy configuration: %v", err)
	}
	cfg := string(b)
	if !regexp.MustCompile(`(?m)^\s*bind :8080$`).MatchString(cfg) {
		t.Errorf("%s does not listen on :8080", cfgPath)
	}
	if !regexp.MustCompile(`(?m)^\s*option httpchk GET /readyz$`).MatchString(cfg) {
		t.Errorf("%s does not check /readyz", cfgPath)
	}
	for _, r := range replicas {
		if !regexp.MustCompile(`(?m)^\s*server ` + r + ` ` + r + `:8080\b`).MatchString(cfg) {
			t.Errorf("%s has no server %s:8080", cfgPath, r)
		}
	}
	if !regexp.MustCompile(`(?m)^\s*default-server .*\bcheck\b`).MatchString(cfg) {
		t.Errorf("%s does not check its servers", cfgPath)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
