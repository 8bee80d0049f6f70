package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/souqchain/souq"
)

// Work reports the open and stuck outbound work (souq.Service).
type Work interface {
	Outbox(ctx context.Context) ([]souq.WorkItem, error)
}

// Backup writes a consistent copy of the running store (store.DB). It calls open once, with the
// copy's size in bytes, for the writer to copy into.
type Backup interface {
	StreamBackup(open func(size int64) io.Writer) error
}

// Admin serves the operator's routes, for the arbiter key only: the store's backup and the
// status of the outbound work (what `souq backup` and `souq status` ask a running souq).
type Admin struct {
	Auth   Auth
	Work   Work
	Backup Backup
	Now    func() time.Time // nil: time.Now
}

// Register mounts the admin routes on r.
func (a *Admin) Register(r gin.IRouter) {
	g := r.Group("/api/v1/admin", RequireArbiter(a.Auth))
	g.GET("/backup", a.backup)
	g.GET("/status", a.status)
}

// backup streams the store's consistent online copy. The file's headers are set once the copy
// starts, so a backup that cannot start is a JSON error, not an empty "souq.db" attachment.
func (a *Admin) backup(c *gin.Context) {
	err := a.Backup.StreamBackup(func(size int64) io.Writer {
		c.Header("Content-Type", "application/octet-stream")
		c.Header("Content-Disposition", `attachment; filename="souq.db"`)
		c.Header("Content-Length", fmt.Sprint(size))
		return c.Writer
	})
	if err != nil {
		Error(c, http.StatusInternalServerError, "internal", "backup failed")
	}
}

// status serves the open and stuck outbound work.
func (a *Admin) status(c *gin.Context) {
	work, err := a.Work.Outbox(c.Request.Context())
	if err != nil {
		Error(c, http.StatusInternalServerError, "internal", "status failed")
		return
	}
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	c.JSON(http.StatusOK, NewStatusReport(now().UTC(), work))
}

// StatusReport is what `souq status` shows and GET /api/v1/admin/status returns.
type StatusReport struct {
	At    time.Time       `json:"at"`
	Open  int             `json:"open"`
	Stuck int             `json:"stuck"`
	Work  []souq.WorkItem `json:"work"`
}

// NewStatusReport counts the open and stuck items of work at a time.
func NewStatusReport(at time.Time, work []souq.WorkItem) StatusReport {
	r := StatusReport{At: at, Open: len(work), Work: work}
	for _, it := range work {
		if it.Stuck != "" {
			r.Stuck++
		}
	}
	if r.Work == nil {
		r.Work = []souq.WorkItem{}
	}
	return r
}
