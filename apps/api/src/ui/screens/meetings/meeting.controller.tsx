import {
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { toApiError } from '../../../application/api-error';
import { commandMeta } from '../../../application/command-meta';
import { Public } from '../../../auth/auth.guard';
import { hasRole } from '../../../auth/principal';
import { ReportDecisionsCommand } from '../../../reporting/report-decisions/report-decisions.command';
import { WithdrawReportsCommand } from '../../../reporting/withdraw-reports/withdraw-reports.command';
import { type FieldError, sendDownload, sendPage } from '../../components';
import { reportingListCsv } from '../../exports/reporting-list.csv';
import { reportingListPdf } from '../../exports/reporting-list.pdf';
import { UiSessions } from '../../session/ui-session.service';
import { UiForbidden, UiGuard, type UiRequest, UiRoles } from '../../session/ui.guard';
import { ERROR_CODE_TEXTS, errorText } from '../../texts';
import { UiExceptionFilter } from '../../ui-exception.filter';
import {
  groupByEarlierMeeting,
  type ListedDecision,
  reportingListExport,
} from './meeting-list.view-model';
import { type MeetingLists, MeetingScreenReads } from './meeting-lists.service';
import { keepOutcome, takeOutcome } from './meeting-outcome.flash';
import { meetingsPaths } from './meetings-paths';
import {
  ConfirmReportPage,
  ConfirmWithdrawPage,
  ListChangeResultPage,
  MeetingPage,
} from './meeting.pages';

/** As many as the API takes in one report (ReportDecisionsDto). */
const MAX_CHOSEN = 5000;

/** The decision ids a form or query chose (one value is a string, several an array). */
function chosenIds(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))].slice(
    0,
    MAX_CHOSEN,
  );
}

const pageNumber = (value: unknown): number => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
};

const formOf = (request: UiRequest) => (request.body ?? {}) as Record<string, unknown>;

const listed = (lists: MeetingLists): Map<string, ListedDecision> =>
  new Map(
    groupByEarlierMeeting([...lists.reported, ...lists.toReport], lists.context)
      .flatMap((g) => g.decisions)
      .map((d) => [d.decisionId, d]),
  );

/** A meeting's page: its reporting list, report and withdraw, and the list's exports. */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/sammantraden/:meetingId')
export class UiMeetingController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly reads: MeetingScreenReads,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  show(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Query() query: Record<string, unknown>,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    const lists = this.reads.listsOf(boardId, meetingId, request.uiUser);
    sendPage(
      response,
      200,
      <MeetingPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        lists={lists}
        mayAct={hasRole(request.uiUser, ['board-admin'])}
        pages={{ toReport: pageNumber(query.sida), reported: pageNumber(query.anmalda) }}
      />,
    );
  }

  @Get('anmal')
  @UiRoles('board-admin')
  confirmReport(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Query('beslut') chosen: unknown,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    this.sendConfirmReport(
      request,
      response,
      boardId,
      meetingId,
      200,
      chosenIds(chosen),
      undefined,
      [],
    );
  }

  @Post('anmal')
  @UiRoles('board-admin')
  async report(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const form = formOf(request);
    const decisionIds = chosenIds(form.beslut);
    const paragraph = typeof form.paragraf === 'string' ? form.paragraf : '';
    if (decisionIds.length === 0)
      return response.redirect(303, meetingsPaths.meeting(boardId, meetingId));
    try {
      const result = await this.commands.execute(
        new ReportDecisionsCommand({
          boardId,
          meetingId,
          decisionIds,
          minutesParagraph: paragraph.trim() === '' ? null : paragraph,
          meta: commandMeta(request.uiUser.name),
        }),
      );
      keepOutcome(request, {
        kind: 'reported',
        meetingId,
        done: result.reported,
        rejected: result.rejected,
      });
    } catch (exception) {
      const error = toApiError(exception);
      if (error.statusCode >= 500) throw exception;
      return this.sendConfirmReport(
        request,
        response,
        boardId,
        meetingId,
        error.statusCode,
        decisionIds,
        paragraph,
        [
          {
            field: fieldOf(error, 'INVALID_MINUTES_PARAGRAPH', 'paragraf'),
            message: errorText(error),
          },
        ],
      );
    }
    response.redirect(303, meetingsPaths.result(boardId, meetingId));
  }

  @Get('aterkalla')
  @UiRoles('board-admin')
  confirmWithdraw(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Query('beslut') chosen: unknown,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    this.sendConfirmWithdraw(
      request,
      response,
      boardId,
      meetingId,
      200,
      chosenIds(chosen),
      undefined,
      [],
    );
  }

  @Post('aterkalla')
  @UiRoles('board-admin')
  async withdraw(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const form = formOf(request);
    const decisionIds = chosenIds(form.beslut);
    const reason = typeof form.skal === 'string' ? form.skal.trim() : '';
    if (decisionIds.length === 0)
      return response.redirect(303, meetingsPaths.meeting(boardId, meetingId));
    if (reason === '' || reason.length > 2000) {
      return this.sendConfirmWithdraw(
        request,
        response,
        boardId,
        meetingId,
        400,
        decisionIds,
        reason,
        [{ field: 'skal', message: ERROR_CODE_TEXTS.REASON_REQUIRED }],
      );
    }
    try {
      const result = await this.commands.execute(
        new WithdrawReportsCommand({
          boardId,
          meetingId,
          decisionIds,
          reason,
          meta: commandMeta(request.uiUser.name),
        }),
      );
      keepOutcome(request, {
        kind: 'withdrawn',
        meetingId,
        done: result.withdrawn,
        rejected: result.rejected,
      });
    } catch (exception) {
      const error = toApiError(exception);
      if (error.statusCode >= 500) throw exception;
      return this.sendConfirmWithdraw(
        request,
        response,
        boardId,
        meetingId,
        error.statusCode,
        decisionIds,
        reason,
        [{ field: fieldOf(error, 'REASON_REQUIRED', 'skal'), message: errorText(error) }],
      );
    }
    response.redirect(303, meetingsPaths.result(boardId, meetingId));
  }

  @Get('resultat')
  @UiRoles('board-admin')
  result(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    const outcome = takeOutcome(request, 'reported') ?? takeOutcome(request, 'withdrawn');
    if (!outcome || outcome.meetingId !== meetingId) {
      return response.redirect(303, meetingsPaths.meeting(boardId, meetingId));
    }
    const lists = this.reads.listsOf(boardId, meetingId, request.uiUser);
    sendPage(
      response,
      200,
      <ListChangeResultPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        lists={lists}
        kind={outcome.kind}
        outcome={outcome}
        decisionsById={listed(lists)}
      />,
    );
  }

  @Get('lista.pdf')
  async pdf(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Query('version') version: unknown,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const { list, name } = this.exportOf(boardId, meetingId, version, request);
    sendDownload(response, {
      name: `${name}.pdf`,
      contentType: 'application/pdf',
      body: await reportingListPdf(list),
    });
  }

  @Get('lista.csv')
  csv(
    @Param() { boardId, meetingId }: Record<string, string>,
    @Query('version') version: unknown,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): void {
    const { list, name } = this.exportOf(boardId, meetingId, version, request);
    sendDownload(response, {
      name: `${name}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: reportingListCsv(list),
    });
  }

  /** The internal version only for one who may see the board's confidential data; the public for everyone. */
  private exportOf(boardId: string, meetingId: string, version: unknown, request: UiRequest) {
    const lists = this.reads.listsOf(boardId, meetingId, request.uiUser);
    const internal = version === 'intern';
    if (internal && !lists.maySeeConfidential) throw new UiForbidden('board');
    const variant = internal ? 'internal' : 'public';
    const list = reportingListExport(
      [...lists.reported, ...lists.toReport],
      lists.context,
      variant,
    );
    return {
      list,
      name: `Delegationsbeslut ${lists.meeting.date} ${internal ? 'intern' : 'offentlig'}`,
    };
  }

  private sendConfirmReport(
    request: UiRequest,
    response: Response,
    boardId: string,
    meetingId: string,
    status: number,
    decisionIds: readonly string[],
    paragraph: string | undefined,
    errors: readonly FieldError[],
  ): void {
    const lists = this.reads.listsOf(boardId, meetingId, request.uiUser);
    const byId = listed(lists);
    sendPage(
      response,
      status,
      <ConfirmReportPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        lists={lists}
        chosen={decisionIds.map((id) => byId.get(id)).filter((d) => d !== undefined)}
        paragraph={paragraph}
        errors={errors}
      />,
    );
  }

  private sendConfirmWithdraw(
    request: UiRequest,
    response: Response,
    boardId: string,
    meetingId: string,
    status: number,
    decisionIds: readonly string[],
    reason: string | undefined,
    errors: readonly FieldError[],
  ): void {
    const lists = this.reads.listsOf(boardId, meetingId, request.uiUser);
    const byId = listed(lists);
    sendPage(
      response,
      status,
      <ConfirmWithdrawPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        lists={lists}
        chosen={decisionIds.map((id) => byId.get(id)).filter((d) => d !== undefined)}
        reason={reason}
        errors={errors}
      />,
    );
  }
}

/** The field an error of the command belongs to, or none: only its own code is pinned to the field. */
function fieldOf(error: { readonly code?: string }, code: string, field: string): string {
  return error.code === code ? field : '';
}
