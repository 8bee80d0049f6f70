package server

import (
	"maps"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestCountWebhooks: each POST answer is counted by its result; other methods (Meta's GET
// verification) are not counted.
func TestCountWebhooks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		method string
		status int // 0: the handler writes a body without WriteHeader (200)
		result string
	}{
		{"POST", 0, "accepted"},
		{"POST", http.StatusOK, "accepted"},
		{"POST", http.StatusUnauthorized, "rejected"},
		{"POST", http.StatusRequestEntityTooLarge, "rejected"},
		{"POST", http.StatusServiceUnavailable, "failed"},
		{"GET", http.StatusOK, ""},
	}
	for _, tt := range tests {
		reg := prometheus.NewRegistry()
		m := NewMetrics(reg)
		h := m.CountWebhooks(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			if tt.status != 0 {
				w.WriteHeader(tt.status)
			}
			_, _ = w.Write([]byte("ok"))
		}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tt.method, "/webhooks/whatsapp", nil))
		if want := max(tt.status, http.StatusOK); rec.Code != want {
			t.Errorf("%s %d: answered %d", tt.method, tt.status, rec.Code)
		}
		counted := map[string]float64{}
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			for _, mt := range mf.GetMetric() {
				if mt.GetCounter() != nil && len(mt.GetLabel()) == 1 && mt.GetLabel()[0].GetName() == "result" {
					counted[mf.GetName()+"/"+mt.GetLabel()[0].GetValue()] += mt.GetCounter().GetValue()
				}
			}
		}
		want := map[string]float64{}
		if tt.result != "" {
			want["souq_webhook_messages_total/"+tt.result] = 1
		}
		if !maps.Equal(counted, want) {
			t.Errorf("%s %d: counted %v, want %v", tt.method, tt.status, counted, want)
		}
	}
}
