package io.dudao.task;

import io.dudao.task.TaskEnums.Category;
import io.dudao.task.TaskEnums.Priority;
import io.dudao.task.TaskEnums.Status;
import jakarta.persistence.CascadeType;
import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "task")
public class Task extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "plan_item_id")
    public Long planItemId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "forwarding_id")
    public Long forwardingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(name = "issuer_org_id", nullable = false)
    public Long issuerOrgId;

    @Column(name = "assignee_org_id", nullable = false)
    public Long assigneeOrgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    /** 0 = HIGH, 1 = NORMAL, 2 = LOW: what sorting by priority uses. */
    @Column(name = "priority_rank", nullable = false)
    public int priorityRank;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "progress_percent", nullable = false)
    public int progressPercent;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "created_by")
    public Long createdBy;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<TaskMilestone> milestones = new ArrayList<>();

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void rank() {
        priorityRank = priority.ordinal();
    }
}
