package soak

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestAPIGet: souq answers an event no anchored checkpoint covers yet with 503 not_anchored (retry
// later) and an unknown one with 404; both are "not there yet", any other failure is an error.
func TestAPIGet(t *testing.T) {
	for _, tc := range []struct {
		name    string
		status  int
		body    string
		ok, err bool
	}{
		{"found", http.StatusOK, `{}`, true, false},
		{"unknown", http.StatusNotFound, `{"code":"not_found","message":"event 3: not found"}`, false, false},
		{"not anchored yet", http.StatusServiceUnavailable, `{"code":"not_anchored","message":"no anchored checkpoint covers this event yet; retry later"}`, false, false},
		{"log altered", http.StatusServiceUnavailable, `{"code":"unavailable","message":"event 3: not_anchored? the log no longer matches checkpoint 9"}`, false, true},
		{"bad request", http.StatusBadRequest, `{"code":"bad_seq","message":"seq must be a journal sequence number"}`, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			}))
			defer srv.Close()
			_, ok, err := newAPI(srv.URL, "").get(context.Background(), "/api/v1/audit/events/3/bundle")
			if ok != tc.ok || (err != nil) != tc.err {
				t.Fatalf("ok %v, err %v; want ok %v, error %v", ok, err, tc.ok, tc.err)
			}
		})
	}
}
