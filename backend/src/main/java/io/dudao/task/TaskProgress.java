package io.dudao.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "task_progress")
public class TaskProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id", nullable = false)
    public Long taskId;

    @Column(nullable = false)
    public int percent;

    public String note;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
