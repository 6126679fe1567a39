package io.dudao.creation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CreationRecognitionStepRepository implements PanacheRepository<CreationRecognitionStep> {

    /** The steps of a programme the caller already found visible, in order. */
    public List<CreationRecognitionStep> ofProgramme(long programmeId) {
        return list("programmeId = ?1 order by stepOrder", programmeId);
    }
}
