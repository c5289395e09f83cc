package id.go.spbe.servicedesk.ticket.domain;

/** A three-step scale for impact (how much is affected) and urgency (how soon it hurts). */
public enum Level {
    TINGGI, SEDANG, RENDAH
}
