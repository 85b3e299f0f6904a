import {
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { toApiError } from '../../../application/api-error';
import { commandMeta } from '../../../application/command-meta';
import { validated } from '../../../application/input/validation';
import { hasRole } from '../../../auth/principal';
import { CancelMeetingCommand } from '../../../meetings/cancel-meeting/cancel-meeting.command';
import { ScheduleMeetingCommand } from '../../../meetings/schedule-meeting/schedule-meeting.command';
import { ScheduleMeetingDto } from '../../../meetings/schedule-meeting/schedule-meeting.request.dto';
import { Public } from '../../../auth/auth.guard';
import type { FieldError } from '../../components';
import { sendPage } from '../../components';
import { parseMeetingPlanCsv, parseMeetingPlanIcs, type PlannedMeeting } from '../../meeting-plan';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, type UiRequest, UiRoles, UiUpload } from '../../session/ui.guard';
import { ERROR_CODE_TEXTS, errorText } from '../../texts';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { MeetingScreenReads } from './meeting-lists.service';
import { keepOutcome, type PlanImport, takeOutcome } from './meeting-outcome.flash';
import { meetingsPaths } from './meetings-paths';
import {
  CancelPage,
  ImportPage,
  ImportResultPage,
  MeetingsPage,
  type ScheduleValues,
  SchedulePage,
} from './meetings.pages';

/** A plan is one year's meetings: a small file. */
const PLAN_MAX_BYTES = 256 * 1024;
/** Each meeting is one command in this request: a year's plan has far fewer. */
const PLAN_MAX_MEETINGS = 400;

/** Which field of the form a command's error belongs to; the rest go to the top. */
const SCHEDULE_ERROR_FIELDS: Readonly<Record<string, string>> = {
  MEETING_EXISTS: 'id',
  UNKNOWN_BODY: 'organ',
  INVALID_DATE: 'datum',
  CUTOFF_AFTER_DATE: 'sistaDag',
};

/** The Swedish text, and the form's field, of each field of ScheduleMeetingDto. */
const SCHEDULE_FIELD_ERRORS: Readonly<Record<string, FieldError>> = {
  bodyId: { field: 'organ', message: 'Välj ett organ.' },
  date: { field: 'datum', message: ERROR_CODE_TEXTS.INVALID_DATE },
  listCutoff: { field: 'sistaDag', message: ERROR_CODE_TEXTS.INVALID_DATE },
  meetingId: {
    field: 'id',
    message:
      'Id:t får bara ha små bokstäver a–z, siffror, punkt, understreck och bindestreck (högst 64 tecken).',
  },
  receivesReports: { field: 'tarEmotAnmalan', message: 'Ange om sammanträdet tar emot anmälan.' },
};

type Form = Record<string, unknown>;
const text = (form: Form, key: string): string | undefined => {
  const value = form[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** The Sammanträden screen: the meetings per body, schedule, cancel and import a plan. */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/sammantraden')
export class UiMeetingsController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly reads: MeetingScreenReads,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  list(
    @Param('boardId') boardId: string,
    @Query() query: Form,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    const board = this.reads.board(boardId);
    const year = /^\d{4}$/.test(String(query.ar))
      ? String(query.ar)
      : this.reads.today().slice(0, 4);
    const organ = board.bodies.some((b) => b.bodyId === query.organ)
      ? String(query.organ)
      : undefined;
    const meetings = this.reads.meetingList(boardId, {
      bodyId: organ,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    sendPage(
      response,
      200,
      <MeetingsPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        meetings={meetings}
        filter={{ organ, ar: year }}
        mayAct={hasRole(request.uiUser, ['board-admin'])}
      />,
    );
  }

  @Get('planera')
  @UiRoles('board-admin')
  scheduleForm(
    @Param('boardId') boardId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ) {
    this.sendSchedule(request, response, boardId, 200, { tarEmotAnmalan: true }, []);
  }

  @Post()
  @UiRoles('board-admin')
  async schedule(
    @Param('boardId') boardId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const form = (request.body ?? {}) as Form;
    const values: ScheduleValues = {
      organ: text(form, 'organ'),
      datum: text(form, 'datum'),
      id: text(form, 'id'),
      sistaDag: text(form, 'sistaDag'),
      tarEmotAnmalan: form.tarEmotAnmalan === 'ja',
    };
    // the API's own validation of the request (ScheduleMeetingDto), each problem next to its field
    const meetingId = values.id ?? `${values.organ ?? ''}-${values.datum ?? ''}`;
    const checked = await validated(ScheduleMeetingDto, {
      meetingId,
      bodyId: values.organ ?? '',
      date: values.datum ?? '',
      ...(values.sistaDag !== undefined && { listCutoff: values.sistaDag }),
      receivesReports: values.tarEmotAnmalan,
    });
    if ('errors' in checked) {
      const errors = checked.errors
        .map((e) => SCHEDULE_FIELD_ERRORS[e.property])
        .filter((e) => e !== undefined);
      // a derived id is wrong only because the organ or the date is: say that, not the id
      const shown =
        values.id === undefined && errors.length > 1
          ? errors.filter((e) => e.field !== 'id')
          : errors;
      return this.sendSchedule(request, response, boardId, 400, values, shown);
    }
    const command = checked.ok;
    try {
      await this.commands.execute(
        new ScheduleMeetingCommand({ boardId, ...command, meta: commandMeta(request.uiUser.name) }),
      );
    } catch (exception) {
      const error = toApiError(exception);
      if (error.statusCode >= 500) throw exception;
      const field = (error.code && SCHEDULE_ERROR_FIELDS[error.code]) || 'organ';
      return this.sendSchedule(request, response, boardId, error.statusCode, values, [
        { field, message: errorText(error) },
      ]);
    }
    response.redirect(303, meetingsPaths.meeting(boardId, meetingId));
  }

  @Get('importera')
  @UiRoles('board-admin')
  importForm(
    @Param('boardId') boardId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ) {
    this.sendImport(request, response, boardId, 200, undefined, [], []);
  }

  /** All or nothing for the file (the parsers); then each meeting on its own, as the API would. */
  @Post('importera')
  @UiRoles('board-admin')
  @UiUpload('plan', PLAN_MAX_BYTES)
  async importPlan(
    @Param('boardId') boardId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const board = this.reads.board(boardId);
    const form = (request.body ?? {}) as Form;
    const organ = board.bodies.some((b) => b.bodyId === form.organ)
      ? String(form.organ)
      : undefined;
    if (!file || file.size === 0) {
      return this.sendImport(
        request,
        response,
        boardId,
        400,
        organ,
        [{ field: 'plan', message: 'Välj en fil med sammanträdesplanen (.ics eller .csv).' }],
        [],
      );
    }
    const context = { bodyIds: new Set(board.bodies.map((b) => b.bodyId)), defaultBodyId: organ };
    const isCalendar =
      /\.ics$/i.test(file.originalname) ||
      file.buffer.subarray(0, 64).toString('utf8').includes('BEGIN:VCALENDAR');
    const parsed = isCalendar
      ? parseMeetingPlanIcs(file.buffer, context)
      : parseMeetingPlanCsv(file.buffer, context);
    if (!parsed.ok)
      return this.sendImport(request, response, boardId, 400, organ, [], parsed.errors);
    if (parsed.meetings.length > PLAN_MAX_MEETINGS) {
      const message = `Planen har ${parsed.meetings.length} sammanträden; högst ${PLAN_MAX_MEETINGS} går att importera på en gång. Dela upp filen.`;
      return this.sendImport(request, response, boardId, 400, organ, [], [{ line: 1, message }]);
    }
    const outcome = await this.scheduleAll(boardId, parsed.meetings, request.uiUser.name);
    keepOutcome(request, { kind: 'imported', ...outcome });
    response.redirect(303, meetingsPaths.importResult(boardId));
  }

  @Get('importera/resultat')
  @UiRoles('board-admin')
  importResult(
    @Param('boardId') boardId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ) {
    const outcome = takeOutcome(request, 'imported');
    if (!outcome) return response.redirect(303, meetingsPaths.list(boardId));
    sendPage(
      response,
      200,
      <ImportResultPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={this.reads.board(boardId)}
        outcome={outcome}
      />,
    );
  }

  @Get(':meetingId/installa')
  @UiRoles('board-admin')
  cancelForm(
    @Param('boardId') boardId: string,
    @Param('meetingId') meetingId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ) {
    this.sendCancel(request, response, boardId, meetingId, 200, undefined, []);
  }

  @Post(':meetingId/installa')
  @UiRoles('board-admin')
  async cancel(
    @Param('boardId') boardId: string,
    @Param('meetingId') meetingId: string,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const meeting = this.reads.meeting(boardId, meetingId);
    const reason = text((request.body ?? {}) as Form, 'skal');
    if (!reason || reason.length > 2000) {
      return this.sendCancel(request, response, boardId, meetingId, 400, reason, [
        { field: 'skal', message: ERROR_CODE_TEXTS.REASON_REQUIRED },
      ]);
    }
    try {
      await this.commands.execute(
        new CancelMeetingCommand({
          boardId,
          meetingId,
          reason,
          meta: commandMeta(request.uiUser.name),
        }),
      );
    } catch (exception) {
      const error = toApiError(exception);
      if (error.statusCode >= 500) throw exception;
      return this.sendCancel(request, response, boardId, meetingId, error.statusCode, reason, [
        // a cancel is refused for the meeting (reports made, MEETING_HAS_REPORTS), not its reason
        { field: '', message: errorText(error) },
      ]);
    }
    response.redirect(303, meetingsPaths.list(boardId, { ar: meeting.date.slice(0, 4) }));
  }

  private async scheduleAll(
    boardId: string,
    meetings: readonly PlannedMeeting[],
    actor: string,
  ): Promise<PlanImport> {
    const scheduled: { meetingId: string; date: string }[] = [];
    const refused: { meetingId: string; date: string; reason: string }[] = [];
    // one after the other: each is its own stream and its own answer, like one POST each
    for (const meeting of meetings) {
      try {
        await this.commands.execute(
          new ScheduleMeetingCommand({ boardId, ...meeting, meta: commandMeta(actor) }),
        );
        scheduled.push({ meetingId: meeting.meetingId, date: meeting.date });
      } catch (exception) {
        const error = toApiError(exception);
        if (error.statusCode >= 500) throw exception;
        refused.push({
          meetingId: meeting.meetingId,
          date: meeting.date,
          reason: errorText(error),
        });
      }
    }
    return { scheduled, refused };
  }

  private sendSchedule(
    request: UiRequest,
    response: Response,
    boardId: string,
    status: number,
    values: ScheduleValues,
    errors: readonly FieldError[],
  ): void {
    sendPage(
      response,
      status,
      <SchedulePage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={this.reads.board(boardId)}
        values={values}
        errors={errors}
      />,
    );
  }

  private sendImport(
    request: UiRequest,
    response: Response,
    boardId: string,
    status: number,
    organ: string | undefined,
    errors: readonly FieldError[],
    lineErrors: Parameters<typeof ImportPage>[0]['lineErrors'],
  ): void {
    sendPage(
      response,
      status,
      <ImportPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={this.reads.board(boardId)}
        organ={organ}
        errors={errors}
        lineErrors={lineErrors}
      />,
    );
  }

  private sendCancel(
    request: UiRequest,
    response: Response,
    boardId: string,
    meetingId: string,
    status: number,
    reason: string | undefined,
    errors: readonly FieldError[],
  ): void {
    sendPage(
      response,
      status,
      <CancelPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={this.reads.board(boardId)}
        meeting={this.reads.meeting(boardId, meetingId)}
        reason={reason}
        errors={errors}
      />,
    );
  }
}
