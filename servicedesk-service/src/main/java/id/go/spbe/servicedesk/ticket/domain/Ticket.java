package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.ChangeApproved;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.ChangeImplemented;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.SlaBreached;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.SlaWarning;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketAssigned;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketAttachmentAdded;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketClosed;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketCommented;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketEscalated;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketEvidenceSecured;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketInformationRequested;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketOpened;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketProblemLinkChanged;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketReopened;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketReprioritized;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketResolved;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketResumed;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketSatisfactionRated;
import id.go.spbe.servicedesk.ticket.domain.TicketEvents.TicketStageChanged;
import id.go.spbe.servicedesk.ticket.domain.TicketFact.Kind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A service-desk ticket (S1–S3, S5, S8). The aggregate owns its life cycle (one method per transition, the type's
 * table in {@link TicketType} deciding what is legal), records every moment the SLA clocks depend on as a
 * {@link TicketFact}, and raises an event for each change. The opening time is set once, from the server's clock,
 * and nothing changes it afterwards (GLPI#21155: technicians could edit the opening date).
 */
@Document("tickets")
@CompoundIndexes({
        @CompoundIndex(name = "queue", def = "{'tier': 1, 'requesterOpd': 1, 'status': 1, 'openedAt': -1}"),
        // the queue as the SPA reads it: tier and OPD equal, ordered by urgency then age, status filtered in the index
        @CompoundIndex(name = "queue_by_priority",
                def = "{'tier': 1, 'requesterOpd': 1, 'priorityRank': 1, 'openedAt': 1, 'status': 1}"),
        // the lists' default order (newest first, then id) for region-wide lists that name no OPD
        @CompoundIndex(name = "opened", def = "{'openedAt': -1, '_id': 1}"),
        @CompoundIndex(name = "opd_opened", def = "{'requesterOpd': 1, 'openedAt': -1}"),
        @CompoundIndex(name = "source_subject", sparse = true,
                def = "{'source.subjectId': 1, 'source.subjectType': 1, 'source.service': 1}")})
public class Ticket extends AggregateRoot {

    /** The actor of what the desk does by itself (automatic tickets, automatic escalation). */
    public static final String SYSTEM = "system";

    @Id
    private String id;
    private TicketType type;
    private Category category;
    private String title;
    private String description;
    private Level impact;
    private Level urgency;
    private Priority priority;
    /** The priority's rank (0 = KRITIS), so a queue sorts by urgency rather than by the priority's name. */
    private int priorityRank;
    @Indexed
    private String requesterOpd;
    private String requester;
    /** The requester's e-mail from the token's {@code email} claim at opening, for notifications; null if none. */
    private String requesterEmail;
    private String reportedBy;
    private String channel;
    private AffectedApplication affectedApplication;
    private String affectedSite;
    /** The registered site of the requester OPD, copied at opening; null when none was named. */
    private AffectedSite affectedRegisteredSite;
    private Instant openedAt;
    @Indexed
    private TicketStatus status;
    private Tier tier;
    private String assignee;
    private String routingReason;
    private String rootCause;
    /** GANGGUAN/KELUHAN: the problem (MASALAH) this incident is grouped under, if any. */
    @Indexed(sparse = true)
    private String problemId;
    private Resolution resolution;
    private Instant closedAt;
    private Satisfaction satisfaction;
    private Instant updatedAt;
    private List<Escalation> escalations = new ArrayList<>();
    private List<Comment> comments = new ArrayList<>();
    private List<Attachment> attachments = new ArrayList<>();
    private List<EvidenceItem> evidenceChecklist = new ArrayList<>();
    private List<TicketFact> facts = new ArrayList<>();
    /** PERUBAHAN: every stage step with who, when and the note (S6). */
    private List<ChangeStep> changeSteps = new ArrayList<>();
    /** Keys of the SLA warnings and breaches already raised ({@code RESOLUTION:BREACHED}), so each is raised once. */
    private Set<String> slaSignals = new LinkedHashSet<>();
    /** Automatic tickets: the event that opened it (null for a ticket a person or an OPD system opened). */
    private TicketSource source;
    /**
     * Automatic tickets: the ids of every source event applied to this ticket (opening, later reports, the clearing
     * one), written in the same document write as their effect, so an event handled again after a crash changes
     * nothing (the inbox marker is written after the handler).
     */
    @Indexed(sparse = true)
    private Set<String> sourceEvents;
    /** Automatic tickets: the causes this ticket stands for (e.g. {@code outage:<id>}), for the clearing event. */
    @Indexed(sparse = true)
    private Set<String> sourceCauses;

    Ticket() {
    }

    /**
     * Opens a ticket where {@code routing} says (S2, S8). A security incident is KRITIS whatever impact and urgency
     * say and carries the evidence checklist (S8).
     */
    public static Ticket open(NewTicket form, String requesterOpd, String requester, String channel,
            AffectedApplication application, Routing routing, Instant now) {
        return open(form, requesterOpd, requester, channel, application, null, routing, now);
    }

    /** As above, naming a registered site of the requester OPD ({@code site} may be null). */
    public static Ticket open(NewTicket form, String requesterOpd, String requester, String channel,
            AffectedApplication application, AffectedSite site, Routing routing, Instant now) {
        Ticket t = new Ticket();
        t.id = UUID.randomUUID().toString();
        t.type = form.type();
        t.category = form.category();
        t.title = form.title().trim();
        t.description = form.description().trim();
        t.impact = form.impact();
        t.urgency = form.urgency();
        boolean security = form.category() == Category.KEAMANAN;
        t.priority = security ? Priority.KRITIS : Priority.of(form.impact(), form.urgency());
        t.priorityRank = t.priority.ordinal();
        t.requesterOpd = requesterOpd;
        t.requester = requester;
        t.reportedBy = blankToNull(form.reportedBy());
        t.channel = channel;
        t.affectedApplication = application;
        t.affectedSite = blankToNull(form.affectedSite());
        t.affectedRegisteredSite = site;
        t.openedAt = now;
        t.updatedAt = now;
        t.status = TicketStatus.NEW;
        t.tier = routing.tier();
        t.routingReason = routing.reason();
        if (security) {
            t.evidenceChecklist = new ArrayList<>(EvidenceItem.checklist());
        }
        t.fact(Kind.OPENED, now, requester, t.priority.name());
        t.raise(new TicketOpened(UUID.randomUUID(), now, t.id, requesterOpd, t.type, t.category, t.impact, t.urgency,
                t.priority, t.tier, t.routingReason, application == null ? null : application.id(), t.affectedSite,
                channel, now, requester, t.publishableTitle(), site == null ? null : site.id()));
        return t;
    }

    /**
     * The title as the desk may publish it on the region-wide ticket topic, which every service and monev read:
     * a change's (PERUBAHAN) title names a change to a system and is what consumers need to name the change (the LAN
     * change picker, N7). Any other title may name people — a citizen's complaint forwarded by an OPD ("KTP atas
     * nama …"), a security incident's victim account (S8) — so it stays in the desk, like descriptions and comments.
     * A change filed under KEAMANAN is handled as a security incident (S8), so its title stays too.
     */
    public String publishableTitle() {
        return type == TicketType.PERUBAHAN && category != Category.KEAMANAN ? title : null;
    }

    /**
     * Where the requester is told of what happens to the ticket (notifications), as the token said at opening. Set
     * once, before the first save; an address that does not look like one is dropped.
     */
    public void contactRequesterAt(String email) {
        if (requesterEmail == null && email != null && email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
                && email.length() <= 254) {
            requesterEmail = email.trim();
        }
    }

    /** Someone takes the ticket or is given it; reassigning an owned ticket keeps its status. */
    public void assign(String assignee, String by, Instant now) {
        requireText(assignee, "S2", "Petugas yang ditugaskan wajib diisi.");
        if (status == TicketStatus.NEW) {
            move(TicketStatus.ASSIGNED);
        } else if (status.done()) {
            throw new StateConflictException("Tiket berstatus " + status + " tidak dapat ditugaskan.");
        }
        this.assignee = assignee.trim();
        updatedAt = now;
        fact(Kind.ASSIGNED, now, by, this.assignee);
        raise(new TicketAssigned(UUID.randomUUID(), now, id, requesterOpd, tier, this.assignee, by));
    }

    /**
     * Adds a comment. An agent's first public comment is the first response (S5); a public comment from the
     * requester's side answers a request for information and resumes the clocks.
     */
    public Comment comment(String text, boolean internal, boolean byAgent, String by, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new StateConflictException("Tiket sudah ditutup; buka kembali untuk menambah komentar.");
        }
        if (internal && !byAgent) {
            throw new RuleViolationException("S2", "Hanya petugas yang dapat menulis catatan internal.");
        }
        Comment comment = new Comment(UUID.randomUUID().toString(), by, byAgent, internal, text.trim(), now);
        comments.add(comment);
        updatedAt = now;
        raise(new TicketCommented(UUID.randomUUID(), now, id, requesterOpd, comment.id(), internal, by));
        if (byAgent && !internal && !hasFact(Kind.RESPONDED)) {
            fact(Kind.RESPONDED, now, by, null);
        }
        if (!byAgent && status == TicketStatus.WAITING_FOR_REQUESTER) {
            resume(by, now);
        }
        return comment;
    }

    /** Records a file the document store has stored and checked; a closed ticket takes none (409). */
    public Attachment attach(String fileId, String filename, String mediaType, long sizeBytes, String sha256,
            String by, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new StateConflictException("Tiket sudah ditutup; buka kembali untuk melampirkan berkas.");
        }
        Attachment attachment = new Attachment(fileId, filename, mediaType, sizeBytes, sha256, by, now);
        attachments.add(attachment);
        updatedAt = now;
        raise(new TicketAttachmentAdded(UUID.randomUUID(), now, id, requesterOpd, fileId, mediaType, sizeBytes,
                sha256, by));
        return attachment;
    }

    public Optional<Attachment> attachment(String fileId) {
        return attachments.stream().filter(a -> a.fileId().equals(fileId)).findFirst();
    }

    /** The agent asks the requester (a public comment) and the ticket waits; the clocks pause (S5). */
    public void requestInformation(String question, String by, Instant now) {
        requireText(question, "S5", "Pertanyaan kepada pelapor wajib diisi.");
        move(TicketStatus.WAITING_FOR_REQUESTER);
        comments.add(new Comment(UUID.randomUUID().toString(), by, true, false, question.trim(), now));
        updatedAt = now;
        if (!hasFact(Kind.RESPONDED)) {
            fact(Kind.RESPONDED, now, by, null);
        }
        fact(Kind.WAITING, now, by, null);
        raise(new TicketInformationRequested(UUID.randomUUID(), now, id, requesterOpd, by));
    }

    /** The requester answered (or the agent got the answer elsewhere): work and clocks go on. */
    public void resume(String by, Instant now) {
        if (status != TicketStatus.WAITING_FOR_REQUESTER) {
            throw new StateConflictException("Tiket tidak sedang menunggu pelapor.");
        }
        move(TicketStatus.ASSIGNED);
        updatedAt = now;
        fact(Kind.RESUMED, now, by, null);
        raise(new TicketResumed(UUID.randomUUID(), now, id, requesterOpd, by));
    }

    /**
     * New impact and urgency, with a reason. The clocks are recomputed from the opening with the new priority's
     * targets (S5), keeping the pauses already accrued (they are facts, not counters). A security incident stays
     * KRITIS (S8).
     */
    public void reprioritize(Level newImpact, Level newUrgency, String reason, String by, Instant now) {
        if (status.done()) {
            throw new StateConflictException("Prioritas tiket berstatus " + status + " tidak dapat diubah.");
        }
        requireText(reason, "S5", "Alasan perubahan prioritas wajib diisi.");
        Priority to = category == Category.KEAMANAN ? Priority.KRITIS : Priority.of(newImpact, newUrgency);
        if (category == Category.KEAMANAN && (newImpact != Level.TINGGI || newUrgency != Level.TINGGI)) {
            throw new RuleViolationException("S8", "Insiden keamanan selalu berprioritas tertinggi.");
        }
        Priority from = priority;
        impact = newImpact;
        urgency = newUrgency;
        priority = to;
        priorityRank = to.ordinal();
        updatedAt = now;
        fact(Kind.REPRIORITIZED, now, by, from + "→" + to);
        raise(new TicketReprioritized(UUID.randomUUID(), now, id, requesterOpd, from, to, reason.trim(), by));
    }

    /**
     * S3: Tier 1 hands the ticket to Tier 2 with a mandatory reason, also when nobody took it yet. The ticket goes
     * to Tier 2's queue unowned. {@code automatic}: the SLA monitor escalates a ticket nobody took in time.
     */
    public void escalate(String reason, boolean automatic, String by, Instant now) {
        if (tier == Tier.SERVICE_CENTRE) {
            throw new RuleViolationException("S3", "Wilayah ini menjalankan satu pusat layanan tanpa tingkatan; "
                    + "tiket tidak dieskalasi.");
        }
        if (tier == Tier.TIER2) {
            throw new StateConflictException("Tiket sudah ditangani Tier 2.");
        }
        if (!type.escalableFrom().contains(status)) {
            throw new StateConflictException("Tiket berstatus " + status + " tidak dapat dieskalasi.");
        }
        requireText(reason, "S3", "Alasan eskalasi ke Tier 2 wajib diisi.");
        escalations.add(new Escalation(tier, Tier.TIER2, reason.trim(), automatic, by, now));
        Tier from = tier;
        tier = Tier.TIER2;
        status = TicketStatus.NEW;
        assignee = null;
        updatedAt = now;
        fact(Kind.ESCALATED, now, by, reason.trim());
        raise(new TicketEscalated(UUID.randomUUID(), now, id, requesterOpd, from, Tier.TIER2, reason.trim(),
                automatic, by));
    }

    /** MASALAH: the root cause is known; the problem becomes a known error. */
    public void recordRootCause(String cause, String by, Instant now) {
        requireText(cause, "S1", "Akar masalah wajib diisi.");
        TicketStatus from = status;
        move(TicketStatus.KNOWN_ERROR);
        rootCause = cause.trim();
        updatedAt = now;
        fact(Kind.STAGE, now, by, TicketStatus.KNOWN_ERROR.name());
        raise(new TicketStageChanged(UUID.randomUUID(), now, id, requesterOpd, from, status, by));
    }

    /**
     * Groups this incident or complaint under {@code problem} (a MASALAH still being worked). Only GANGGUAN and
     * KELUHAN are grouped (422 S1); a finished ticket, or one already under a problem, is a 409. A problem held at
     * an OPD's Tier 1 groups only that OPD's tickets; one at Tier 2 or the service centre groups the region's (S2).
     */
    public void linkToProblem(Ticket problem, String by, Instant now) {
        if (type != TicketType.GANGGUAN && type != TicketType.KELUHAN) {
            throw new RuleViolationException("S1", "Hanya gangguan dan keluhan yang dikelompokkan ke dalam masalah.");
        }
        if (problem.type != TicketType.MASALAH) {
            throw new RuleViolationException("S1", "Tiket induk harus bertipe MASALAH.");
        }
        if (problem.status.done() || status.done()) {
            throw new StateConflictException("Tiket yang sudah selesai tidak dapat dikelompokkan.");
        }
        if (problemId != null) {
            throw new StateConflictException("Tiket sudah dikelompokkan ke masalah " + problemId + ".");
        }
        if (problem.tier == Tier.TIER1 && !problem.requesterOpd.equals(requesterOpd)) {
            throw new RuleViolationException("S2", "Masalah di Tier 1 OPD " + problem.requesterOpd
                    + " hanya mengelompokkan tiket OPD itu; masalah lintas OPD ditangani Tier 2.");
        }
        problemId = problem.id;
        updatedAt = now;
        raise(new TicketProblemLinkChanged(UUID.randomUUID(), now, id, requesterOpd, problem.id, true, by));
    }

    public void unlinkFromProblem(String problem, String by, Instant now) {
        if (problemId == null || !problemId.equals(problem)) {
            throw new StateConflictException("Tiket tidak dikelompokkan ke masalah " + problem + ".");
        }
        problemId = null;
        updatedAt = now;
        raise(new TicketProblemLinkChanged(UUID.randomUUID(), now, id, requesterOpd, problem, false, by));
    }

    /**
     * Resolved together with its problem: owned first if nobody had taken it, resumed if it waited, then resolved
     * with its own resolution fact, note and event, so its clocks stop where they are.
     */
    public void resolveWithProblem(String problem, String note, String by, Instant now) {
        if (!problem.equals(problemId)) {
            throw new StateConflictException("Tiket tidak dikelompokkan ke masalah " + problem + ".");
        }
        if (status == TicketStatus.NEW) {
            assign(by, by, now);
        } else if (status == TicketStatus.WAITING_FOR_REQUESTER) {
            resume(by, now);
        }
        resolve("Diselesaikan bersama masalah " + problem + ": " + note.trim(), by, now);
    }

    /**
     * CSAT: the requester rates the closed ticket once, 1–5 with an optional comment. Before closure, or a second
     * time, is a 409 (a rating is never edited); who may rate is the workflow's check.
     */
    public Satisfaction rateSatisfaction(int score, String comment, String by, Instant now) {
        if (status != TicketStatus.CLOSED) {
            throw new StateConflictException("Kepuasan dinilai setelah tiket ditutup.");
        }
        if (satisfaction != null) {
            throw new StateConflictException("Tiket ini sudah dinilai; penilaian tidak dapat diubah.");
        }
        if (score < 1 || score > 5) {
            throw new RuleViolationException("S4", "Nilai kepuasan 1 sampai 5.");
        }
        satisfaction = new Satisfaction(score, blankToNull(comment), by, now);
        updatedAt = now;
        raise(new TicketSatisfactionRated(UUID.randomUUID(), now, id, requesterOpd, type, tier, score, by));
        return satisfaction;
    }

    /** S8: one step of the evidence-preservation checklist is done. */
    public void secureEvidence(String item, String by, Instant now) {
        if (category != Category.KEAMANAN) {
            throw new StateConflictException("Hanya insiden keamanan yang memiliki daftar pengamanan bukti.");
        }
        if (status.done()) {
            throw new StateConflictException("Tiket berstatus " + status + " tidak dapat diubah.");
        }
        int index = -1;
        for (int i = 0; i < evidenceChecklist.size(); i++) {
            if (evidenceChecklist.get(i).code().equals(item)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new RuleViolationException("S8", "Langkah pengamanan bukti '" + item + "' tidak dikenal.");
        }
        if (evidenceChecklist.get(index).secured()) {
            throw new StateConflictException("Langkah " + item + " sudah tercatat.");
        }
        evidenceChecklist.set(index, evidenceChecklist.get(index).secure(by, now));
        updatedAt = now;
        raise(new TicketEvidenceSecured(UUID.randomUUID(), now, id, requesterOpd, item, by));
    }

    /** Resolved with a note the requester reads; a security incident needs its evidence secured first (S8). */
    public void resolve(String note, String by, Instant now) {
        requireText(note, "S1", "Catatan penyelesaian wajib diisi.");
        if (!type.next(status).contains(TicketStatus.RESOLVED)) {
            throw new StateConflictException("Tiket " + type + " berstatus " + status + " tidak dapat diselesaikan.");
        }
        List<String> open = evidenceChecklist.stream().filter(e -> !e.secured()).map(EvidenceItem::code).toList();
        if (!open.isEmpty()) {
            throw new RuleViolationException("S8", "Bukti insiden keamanan belum diamankan: " + open + ".");
        }
        move(TicketStatus.RESOLVED);
        resolution = new Resolution(note.trim(), by, now);
        updatedAt = now;
        fact(Kind.RESOLVED, now, by, null);
        raise(new TicketResolved(UUID.randomUUID(), now, id, requesterOpd, type, category, priority, tier, openedAt,
                by));
    }

    public void close(String by, Instant now) {
        TicketStatus from = status;
        if (type == TicketType.PERUBAHAN) {
            throw new StateConflictException("Perubahan ditutup melalui evaluasi atau penolakan persetujuannya (S6).");
        }
        if (!type.next(status).contains(TicketStatus.CLOSED)) {
            throw new StateConflictException("Tiket " + type + " berstatus " + status + " tidak dapat ditutup.");
        }
        move(TicketStatus.CLOSED);
        closedAt = now;
        updatedAt = now;
        fact(Kind.CLOSED, now, by, null);
        raise(new TicketClosed(UUID.randomUUID(), now, id, requesterOpd, type, from, by));
    }

    /** Reopens a resolved or closed ticket within {@code window} of its resolution; the resolution clock goes on. */
    public void reopen(String reason, Duration window, String by, Instant now) {
        if (resolution == null || !type.next(status).contains(TicketStatus.ASSIGNED)) {
            throw new StateConflictException("Tiket berstatus " + status + " tidak dapat dibuka kembali.");
        }
        requireText(reason, "S5", "Alasan membuka kembali wajib diisi.");
        if (now.isAfter(resolution.at().plus(window))) {
            throw new RuleViolationException("S5", "Tiket hanya dapat dibuka kembali dalam " + window.toDays()
                    + " hari setelah diselesaikan.");
        }
        move(TicketStatus.ASSIGNED);
        closedAt = null;
        updatedAt = now;
        if (assignee == null) {
            assignee = resolution.by();
        }
        fact(Kind.REOPENED, now, by, reason.trim());
        raise(new TicketReopened(UUID.randomUUID(), now, id, requesterOpd, reason.trim(), by));
    }

    /**
     * S6: the change moves to the step's stage, recording who, when and the note. The life-cycle table allows only
     * the next stage, so none is skipped (409). {@code approverRole} is the role that took a decision step (the
     * caller's authority was checked by the workflow); a refusal needs its reason (422 S6) and closes the change.
     */
    public void advanceChange(ChangeStep.Kind step, String note, String by, String approverRole, Instant now) {
        if (type != TicketType.PERUBAHAN) {
            throw new StateConflictException("Hanya tiket PERUBAHAN yang melalui tahapan manajemen perubahan.");
        }
        requireText(note, "S6", step == ChangeStep.Kind.REFUSED ? "Alasan penolakan perubahan wajib diisi."
                : "Catatan tahapan perubahan wajib diisi.");
        if (step.decision() != (status == TicketStatus.APPROVAL) || !type.next(status).contains(step.to())) {
            throw new StateConflictException("Perubahan berstatus " + status + " tidak dapat melakukan langkah "
                    + step + "; tahapan tidak boleh dilewati.");
        }
        TicketStatus from = status;
        move(step.to());
        changeSteps.add(new ChangeStep(step, step.to(), by, now, note.trim()));
        updatedAt = now;
        fact(Kind.STAGE, now, by, step.to().name());
        raise(new TicketStageChanged(UUID.randomUUID(), now, id, requesterOpd, from, status, by));
        String applicationId = affectedApplication == null ? null : affectedApplication.id();
        switch (step) {
            case APPROVED -> raise(new ChangeApproved(UUID.randomUUID(), now, id, requesterOpd, applicationId,
                    approverRole, by, publishableTitle()));
            case IMPLEMENTED -> raise(new ChangeImplemented(UUID.randomUUID(), now, id, requesterOpd, applicationId,
                    by));
            default -> {
            }
        }
        if (status == TicketStatus.CLOSED) {
            closedAt = now;
            fact(Kind.CLOSED, now, by, null);
            raise(new TicketClosed(UUID.randomUUID(), now, id, requesterOpd, type, from, by));
        }
    }

    /**
     * Opens a ticket for another service's event (S1, S2): routed like any other, requested by {@code system}
     * through the {@code EVENT} channel, carrying its {@code source} and the cause it stands for. The opening time is
     * the desk's clock, not the event's (kept in the source).
     */
    public static Ticket openFromSource(NewTicket form, String requesterOpd, AffectedApplication application,
            Routing routing, TicketSource source, String cause, Instant now) {
        Ticket t = open(form, requesterOpd, SYSTEM, "EVENT", application, routing, now);
        t.source = source;
        t.sourceEvents = new LinkedHashSet<>(Set.of(source.eventId()));
        t.sourceCauses = new LinkedHashSet<>();
        if (cause != null) {
            t.sourceCauses.add(cause);
        }
        return t;
    }

    /** Whether this ticket already took the source event {@code eventId} (a redelivery then changes nothing). */
    public boolean tookSourceEvent(String eventId) {
        return sourceEvents != null && sourceEvents.contains(eventId);
    }

    /**
     * A later event about the same subject while this ticket is open: a public comment by {@code system} (no
     * first response, no resume: the requester's side did not speak), and the cause it stands for joins the ticket.
     * Returns false when the event was taken already.
     */
    public boolean noteSourceEvent(String eventId, String cause, String text, Instant now) {
        requireSource();
        if (!sourceEvents.add(eventId)) {
            return false;
        }
        if (cause != null) {
            sourceCauses.add(cause);
        }
        if (status != TicketStatus.CLOSED) {
            addSystemComment(text, now);
        }
        updatedAt = now;
        return true;
    }

    /** What the clearing of a cause did to its ticket. */
    public enum Clearing { RESOLVED, NOTED, ALREADY_TAKEN }

    /**
     * The cause behind this automatic ticket cleared (the service answers again, the finding was closed …). The desk
     * resolves the ticket with {@code note} — taking it first when nobody had, resuming it when it waited — unless a
     * person already finished it (resolved or closed) or reopened it: then the clearing is only a comment (nothing
     * on a closed ticket), because a person's decision about the ticket outranks the source's signal.
     */
    public Clearing clearCause(String eventId, String note, Instant now) {
        requireSource();
        if (!sourceEvents.add(eventId)) {
            return Clearing.ALREADY_TAKEN;
        }
        updatedAt = now;
        if (status.done() || hasFact(Kind.REOPENED)) {
            if (status != TicketStatus.CLOSED) {
                addSystemComment(note, now);
            }
            return Clearing.NOTED;
        }
        if (status == TicketStatus.NEW) {
            assign(SYSTEM, SYSTEM, now);
        } else if (status == TicketStatus.WAITING_FOR_REQUESTER) {
            resume(SYSTEM, now);
        }
        resolve(note, SYSTEM, now);
        return Clearing.RESOLVED;
    }

    private void requireSource() {
        if (source == null) {
            throw new IllegalStateException("Ticket " + id + " was not opened from another service's event");
        }
    }

    private void addSystemComment(String text, Instant now) {
        Comment comment = new Comment(UUID.randomUUID().toString(), SYSTEM, false, false, text.trim(), now);
        comments.add(comment);
        raise(new TicketCommented(UUID.randomUUID(), now, id, requesterOpd, comment.id(), false, SYSTEM));
    }

    /**
     * Records a warning or breach of one clock, once (S5). Returns false when it was already recorded, so ticks on
     * several replicas, repeated ticks and restarts never raise it twice.
     */
    public boolean signalSla(String clock, boolean breached, Instant at, String rule, Instant now) {
        String key = clock + (breached ? ":BREACHED" : ":WARNING");
        if (!slaSignals.add(key)) {
            return false;
        }
        updatedAt = now;
        raise(breached ? new SlaBreached(UUID.randomUUID(), now, id, requesterOpd, clock, priority, tier, at, rule)
                : new SlaWarning(UUID.randomUUID(), now, id, requesterOpd, clock, priority, tier, at, rule));
        return true;
    }

    public boolean slaSignalled(String clock, boolean breached) {
        return slaSignals.contains(clock + (breached ? ":BREACHED" : ":WARNING"));
    }

    private void move(TicketStatus to) {
        if (!type.next(status).contains(to)) {
            throw new StateConflictException("Tiket " + type + " tidak dapat berpindah dari " + status + " ke " + to
                    + ".");
        }
        status = to;
    }

    private void fact(Kind kind, Instant at, String by, String detail) {
        facts.add(new TicketFact(kind, at, by, tier, detail));
    }

    private boolean hasFact(Kind kind) {
        return facts.stream().anyMatch(f -> f.kind() == kind);
    }

    private static void requireText(String value, String obligation, String message) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(obligation, message);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String id() { return id; }
    public TicketType type() { return type; }
    public Category category() { return category; }
    public String title() { return title; }
    public String description() { return description; }
    public Level impact() { return impact; }
    public Level urgency() { return urgency; }
    public Priority priority() { return priority; }
    public String requesterOpd() { return requesterOpd; }
    public String requester() { return requester; }
    public String requesterEmail() { return requesterEmail; }
    public String reportedBy() { return reportedBy; }
    public String channel() { return channel; }
    public AffectedApplication affectedApplication() { return affectedApplication; }
    public String affectedSite() { return affectedSite; }
    public AffectedSite affectedRegisteredSite() { return affectedRegisteredSite; }
    public Instant openedAt() { return openedAt; }
    public TicketStatus status() { return status; }
    public Tier tier() { return tier; }
    public String assignee() { return assignee; }
    public String routingReason() { return routingReason; }
    public String rootCause() { return rootCause; }
    public String problemId() { return problemId; }
    public Resolution resolution() { return resolution; }
    public Instant closedAt() { return closedAt; }
    public Satisfaction satisfaction() { return satisfaction; }
    public Instant updatedAt() { return updatedAt; }
    public List<Escalation> escalations() { return Collections.unmodifiableList(escalations); }
    public List<Comment> comments() { return Collections.unmodifiableList(comments); }
    public List<Attachment> attachments() {
        return attachments == null ? List.of() : Collections.unmodifiableList(attachments);
    }
    public List<EvidenceItem> evidenceChecklist() { return Collections.unmodifiableList(evidenceChecklist); }
    public List<TicketFact> facts() { return Collections.unmodifiableList(facts); }
    public TicketSource source() { return source; }
    public Set<String> sourceCauses() {
        return sourceCauses == null ? Set.of() : Collections.unmodifiableSet(sourceCauses);
    }
    public List<ChangeStep> changeSteps() {
        return changeSteps == null ? List.of() : Collections.unmodifiableList(changeSteps);
    }
}
