package id.go.spbe.servicedesk.sla;

import id.go.spbe.servicedesk.sla.domain.CalendarDay;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.List;

interface CalendarDayRepository extends MongoRepository<CalendarDay, String> {

    List<CalendarDay> findByRemovedFalse();

    Page<CalendarDay> findByDateBetween(LocalDate from, LocalDate to, Pageable page);
}
