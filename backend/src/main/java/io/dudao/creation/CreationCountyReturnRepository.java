package io.dudao.creation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CreationCountyReturnRepository implements PanacheRepository<CreationCountyReturn> {

    public Optional<CreationCountyReturn> find(long programmeId, int year) {
        return find("programmeId = ?1 and year = ?2", programmeId, year).firstResultOptional();
    }

    /** The programme a county return belongs to. */
    public Optional<Long> programmeOf(long countyReturnId) {
        return getEntityManager().createQuery("select c.programmeId from CreationCountyReturn c where c.id = :id", Long.class)
                .setParameter("id", countyReturnId).getResultStream().findFirst();
    }
}
