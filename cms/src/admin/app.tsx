import type { StrapiApp } from '@strapi/strapi/admin';
import { Upload, Clock, ClockCounterClockwise, Lock } from '@strapi/icons';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { SlugFromTitle } from './slug-from-title';
import { hideForbiddenCreateOptions } from './forbidden-create';
import { translateFilterLabels } from './field-filters';
import { hideOutsideLinks } from './extensions/hide-outside-links';
import { deskVi } from './desk/messages';
import { DeskPanel } from './desk/DeskPanel';
import { OpenPreviewInNewTab } from './desk/OpenPreviewInNewTab';
import { addScheduleColumn, hideDeskFieldsInForm } from './desk/list-and-layout';
import { TYPE_NAMES, fieldLabelMessages } from '../utils/field-labels';
import strapiVi from './translations/vi.json';
import { auditMessages } from './audit/messages';
import { dossierImportMessages } from './pages/dossier-import-messages';
import { personalDataMessages } from './pages/personal-data-messages';
import { PeoplePanel, injectAuthorColumn } from './audit/people';
import portalLogo from './extensions/portal-logo.svg';

/** Editors' menu entry and home widget of drafts waiting for review (who may publish articles). */
const REVIEW_PERMISSIONS = [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::article.article' }];

/** The admin opens in Vietnamese until someone picks English (profile menu or the login page's language list). */
if (typeof window !== 'undefined' && !window.localStorage.getItem('strapi-admin-language')) {
  window.localStorage.setItem('strapi-admin-language', 'vi');
}

/** Portal branding instead of Strapi's stock texts on the login page and in the menu. */
const branding = {
  vi: {
    'Auth.form.welcome.title': 'Quản trị Cổng thông tin điện tử',
    'Auth.form.welcome.subtitle': 'Đăng nhập bằng tài khoản cán bộ được cấp',
    'app.components.LeftMenu.navbrand.title': 'Cổng thông tin điện tử',
    'app.components.LeftMenu.navbrand.workplace': 'Trang quản trị',
  },
  en: {
    'Auth.form.welcome.title': 'Portal administration',
    'Auth.form.welcome.subtitle': 'Log in with your staff account',
    'app.components.LeftMenu.navbrand.title': 'Government web portal',
    'app.components.LeftMenu.navbrand.workplace': 'Administration',
  },
};

export default {
  config: {
    // Offer Vietnamese for the communications desk (English stays available).
    locales: ['vi'],
    // The release check calls GitHub, which closed government networks cannot reach.
    notifications: { releases: false },
    tutorials: false,
    // Strapi's own screens in Vietnamese where its translation stops (translations/vi.json, keys checked
    // against Strapi's English by a test), the content types' names, then the portal's own pages.
    translations: {
      vi: {
        ...strapiVi,
        ...TYPE_NAMES,
        ...dossierImportMessages.vi,
        ...personalDataMessages.vi,
        ...deskVi,
        ...fieldLabelMessages('vi'),
        ...auditMessages.vi,
        ...branding.vi,
      },
      en: { ...fieldLabelMessages('en'), ...dossierImportMessages.en, ...personalDataMessages.en, ...auditMessages.en, ...branding.en },
    },
    auth: { logo: portalLogo },
    menu: { logo: portalLogo },
    head: { favicon: portalLogo, title: 'Quản trị Cổng thông tin điện tử' },
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'dossier-import',
      icon: Upload,
      intlLabel: { id: 'dossier-import.menu', defaultMessage: 'Import dossier figures' },
      permissions: [{ action: 'plugin::content-manager.explorer.create', subject: 'api::dossier-statistic.dossier-statistic' }],
      Component: async () => ({ default: (await import('./pages/DossierImport')).DossierImport }),
    });
    app.addMenuLink({
      to: 'review-queue',
      icon: Clock,
      intlLabel: { id: 'portal-desk.queue.menu', defaultMessage: 'Waiting for review' },
      permissions: REVIEW_PERMISSIONS,
      Component: async () => ({ default: (await import('./desk/ReviewQueue')).ReviewQueuePage }),
    });
    app.widgets.register({
      id: 'review-queue',
      icon: Clock,
      title: { id: 'portal-desk.queue.menu', defaultMessage: 'Waiting for review' },
      link: { label: { id: 'portal-desk.queue.more', defaultMessage: 'See all' }, href: '/review-queue' },
      permissions: REVIEW_PERMISSIONS,
      component: async () => (await import('./desk/ReviewQueue')).ReviewQueueWidget,
    });
    app.addMenuLink({
      to: 'audit-trail',
      icon: ClockCounterClockwise,
      intlLabel: { id: 'audit.menu', defaultMessage: 'Audit trail' },
      permissions: [{ action: 'api::audit-trail.read', subject: null }],
      Component: async () => ({ default: (await import('./audit/AuditTrailPage')).AuditTrailPage }),
    });
    // The IT team's tool for a person's request (Law 91/2025): listed for whoever manages staff accounts;
    // the server answers Super Admins only.
    app.addMenuLink({
      to: 'personal-data',
      icon: Lock,
      intlLabel: { id: 'personal-data.menu', defaultMessage: 'Personal data' },
      permissions: [{ action: 'admin::users.read', subject: null }],
      Component: async () => ({ default: (await import('./pages/PersonalData')).PersonalDataPage }),
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: PanelComponent[]): void };
    contentManager.addEditViewSidePanel([SlugFromTitle, DeskPanel, PeoplePanel]);
    app
      .getPlugin('content-manager')
      .injectComponent('preview', 'actions', { name: 'open-preview-in-new-tab', Component: OpenPreviewInNewTab });
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addScheduleColumn);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', injectAuthorColumn);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', hideDeskFieldsInForm);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', translateFilterLabels);
    hideForbiddenCreateOptions();
    hideOutsideLinks();
  },
};
