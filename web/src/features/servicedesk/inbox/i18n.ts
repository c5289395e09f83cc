import i18n from '../../../i18n';
import '../i18n';

/** Strings of the inbox screen, merged into the servicedesk namespace under `inbox`. */
const strings = {
  id: {
    inbox: {
      title: 'Kotak masuk',
      subtitle: 'Pemberitahuan tentang tiket yang menyangkut Anda: penugasan, komentar, permintaan informasi, eskalasi, penyelesaian dan peringatan SLA.',
      onlyUnread: 'Hanya yang belum dibaca',
      markAll: 'Tandai semua sudah dibaca',
      markRead: 'Tandai sudah dibaca',
      markReadOf: 'Tandai sudah dibaca: {{title}}',
      markedAll_one: '{{count}} pemberitahuan ditandai sudah dibaca.',
      markedAll_other: '{{count}} pemberitahuan ditandai sudah dibaca.',
      unreadCount_one: '{{count}} belum dibaca',
      unreadCount_other: '{{count}} belum dibaca',
      unread: 'Belum dibaca',
      read: 'Sudah dibaca',
      empty: 'Belum ada pemberitahuan.',
      emptyUnread: 'Semua pemberitahuan sudah dibaca.',
      list: 'Daftar pemberitahuan',
      pages: 'Halaman pemberitahuan',
      ticket: 'Tiket {{number}}',
      by: 'oleh {{actor}}',
      kind: {
        TICKET_OPENED: 'Tiket baru',
        TICKET_ASSIGNED: 'Penugasan',
        PUBLIC_COMMENT: 'Komentar',
        INTERNAL_COMMENT: 'Catatan internal',
        INFORMATION_REQUESTED: 'Permintaan informasi',
        TICKET_ESCALATED: 'Eskalasi',
        TICKET_RESOLVED: 'Diselesaikan',
        SLA_WARNING: 'Peringatan SLA',
        SLA_BREACHED: 'SLA terlampaui',
      },
      relation: { REQUESTER: 'Tiket Anda', ASSIGNEE: 'Anda tangani', QUEUE: 'Antrean Anda' },
    },
  },
  en: {
    inbox: {
      title: 'Inbox',
      subtitle: 'Notifications about tickets that concern you: assignment, comments, requests for information, escalation, resolution and SLA warnings.',
      onlyUnread: 'Unread only',
      markAll: 'Mark all as read',
      markRead: 'Mark as read',
      markReadOf: 'Mark as read: {{title}}',
      markedAll_one: '{{count}} notification marked as read.',
      markedAll_other: '{{count}} notifications marked as read.',
      unreadCount_one: '{{count}} unread',
      unreadCount_other: '{{count}} unread',
      unread: 'Unread',
      read: 'Read',
      empty: 'No notifications yet.',
      emptyUnread: 'Every notification has been read.',
      list: 'Notifications',
      pages: 'Notification pages',
      ticket: 'Ticket {{number}}',
      by: 'by {{actor}}',
      kind: {
        TICKET_OPENED: 'New ticket',
        TICKET_ASSIGNED: 'Assignment',
        PUBLIC_COMMENT: 'Comment',
        INTERNAL_COMMENT: 'Internal note',
        INFORMATION_REQUESTED: 'Information requested',
        TICKET_ESCALATED: 'Escalation',
        TICKET_RESOLVED: 'Resolved',
        SLA_WARNING: 'SLA warning',
        SLA_BREACHED: 'SLA breached',
      },
      relation: { REQUESTER: 'Your ticket', ASSIGNEE: 'You hold it', QUEUE: 'Your queue' },
    },
  },
};

i18n.addResourceBundle('id', 'servicedesk', strings.id, true, true);
i18n.addResourceBundle('en', 'servicedesk', strings.en, true, true);
