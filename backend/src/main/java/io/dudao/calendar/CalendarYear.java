package io.dudao.calendar;

import io.dudao.common.db.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One year's working-day schedule as published (its days are {@link CalendarDay} rows). */
@Entity
@Table(name = "work_calendar")
public class CalendarYear extends Timestamped {

    @Id
    public Integer year;

    @Column(nullable = false)
    public String source;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;
}
