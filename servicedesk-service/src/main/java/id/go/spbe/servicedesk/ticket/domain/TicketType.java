package id.go.spbe.servicedesk.ticket.domain;

import java.util.EnumSet;
import java.util.Set;

import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.ANALYSIS;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.APPROVAL;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.ASSIGNED;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.CLOSED;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.DEVELOPMENT;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.EVALUATION;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.IMPLEMENTATION;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.KNOWN_ERROR;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.NEW;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.RESOLVED;
import static id.go.spbe.servicedesk.ticket.domain.TicketStatus.WAITING_FOR_REQUESTER;

/**
 * The five kinds of service the regulation names (S1), each with its own life cycle. The transition tables below are
 * the whole state machine: the aggregate refuses (409) any move they do not list.
 */
public enum TicketType {
    /** Keluhan: a complaint, often a citizen's forwarded by an OPD's complaint channel. */
    KELUHAN,
    /** Gangguan: an incident, something stopped working. */
    GANGGUAN,
    /** Masalah: the cause behind one or more incidents; has a known-error stage and never waits on a requester. */
    MASALAH,
    /** Permintaan: a service request (account, access, installation). */
    PERMINTAAN,
    /** Perubahan: a change, following exactly the S6 stages; it is never "resolved", it is evaluated and closed. */
    PERUBAHAN;

    /** The statuses a ticket of this type may move to from {@code from}. */
    public Set<TicketStatus> next(TicketStatus from) {
        return switch (this) {
            case KELUHAN, GANGGUAN, PERMINTAAN -> switch (from) {
                case NEW -> EnumSet.of(ASSIGNED);
                case ASSIGNED -> EnumSet.of(WAITING_FOR_REQUESTER, RESOLVED);
                case WAITING_FOR_REQUESTER -> EnumSet.of(ASSIGNED);
                case RESOLVED -> EnumSet.of(CLOSED, ASSIGNED);
                case CLOSED -> EnumSet.of(ASSIGNED);
                default -> EnumSet.noneOf(TicketStatus.class);
            };
            case MASALAH -> switch (from) {
                case NEW -> EnumSet.of(ASSIGNED);
                case ASSIGNED -> EnumSet.of(KNOWN_ERROR, RESOLVED);
                case KNOWN_ERROR -> EnumSet.of(RESOLVED);
                case RESOLVED -> EnumSet.of(CLOSED, ASSIGNED);
                default -> EnumSet.noneOf(TicketStatus.class);
            };
            case PERUBAHAN -> switch (from) {
                case NEW -> EnumSet.of(ASSIGNED);
                case ASSIGNED -> EnumSet.of(ANALYSIS);
                case ANALYSIS -> EnumSet.of(APPROVAL);
                case APPROVAL -> EnumSet.of(DEVELOPMENT, CLOSED);
                case DEVELOPMENT -> EnumSet.of(IMPLEMENTATION);
                case IMPLEMENTATION -> EnumSet.of(EVALUATION);
                case EVALUATION -> EnumSet.of(CLOSED);
                default -> EnumSet.noneOf(TicketStatus.class);
            };
        };
    }

    /** The statuses from which a Tier 1 ticket of this type may be escalated (S3): while work on it is open. */
    public Set<TicketStatus> escalableFrom() {
        return switch (this) {
            case MASALAH -> EnumSet.of(NEW, ASSIGNED, KNOWN_ERROR);
            case PERUBAHAN -> EnumSet.of(NEW, ASSIGNED);
            default -> EnumSet.of(NEW, ASSIGNED, WAITING_FOR_REQUESTER);
        };
    }
}
